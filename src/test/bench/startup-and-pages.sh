#!/usr/bin/env bash
# Measures, on this machine: start-up of the built WAR to the first sign-in page, the server's memory,
# and the server time of the main pages for a signed-in consultant. Loopback only, bounded loops.
#
#   mvn -DskipTests package && src/test/bench/startup-and-pages.sh [requests-per-page]
#
# Uses a fresh embedded H2 database (demo clinic) in a temporary folder, on port 18080.
set -euo pipefail
cd "$(dirname "$0")/../../.."
requests=${1:-50}
port=18080
base="http://127.0.0.1:$port"
work=$(mktemp -d)
jar=target/payara-micro.jar
war=target/lactation-clinic.war
[ -f "$jar" ] && [ -f "$war" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 1; }

start=$(date +%s%N)
(cd "$work" && exec java -Xmx1g -jar "$OLDPWD/$jar" --deploy "$OLDPWD/$war" --contextroot / --port $port --nocluster \
    > "$work/server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT

for _ in $(seq 1 600); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/login.xhtml" || true)" = 200 ]; then break; fi
    sleep 0.1
done
ready=$(date +%s%N)
echo "start-up to sign-in page: $(( (ready - start) / 1000000 )) ms"

jars=$(mktemp)
curl -s -c "$jars" -b "$jars" "$base/login.xhtml" > "$work/login.html"
state=$(grep -o 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' "$work/login.html" | sed 's/.*value="//;s/"$//')
curl -s -c "$jars" -b "$jars" -o /dev/null --data-urlencode login=login --data-urlencode "login:username=ana.lopez" \
    --data-urlencode "login:password=demo-password-2026" --data-urlencode "login:signIn=" \
    --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml"
curl -s -b "$jars" "$base/dyad/search.xhtml" > "$work/search.html"
mother=$(grep -o 'dyad/overview.xhtml?mother=[^"]*' "$work/search.html" | head -1)
curl -s -b "$jars" "$base/$mother" > "$work/overview.html"
consultation=$(grep -o 'consultation/edit.xhtml?consultation=[^"]*' "$work/overview.html" | head -1)
[ -n "$mother" ] && [ -n "$consultation" ] || { echo "could not sign in or find demo data" >&2; exit 1; }

time_page() { # name path: median and 95th percentile of the server's answer, after 5 warm-up requests
    local name=$1 path=$2 times
    for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$jars" "$base/$path"; done
    times=$(for _ in $(seq 1 "$requests"); do
        curl -s -o /dev/null -b "$jars" -w '%{time_total}\n' "$base/$path"
    done | sort -n)
    printf '%-28s median %6.1f ms   p95 %6.1f ms   (%s requests)\n' "$name" \
        "$(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]*1000}')" \
        "$(echo "$times" | awk '{a[NR]=$1} END {print a[int(NR*0.95)]*1000}')" "$requests"
}
time_page "sign-in page" "login.xhtml"
time_page "mother search (21 mothers)" "dyad/search.xhtml"
time_page "dyad overview (twins)" "$mother"
time_page "consultation" "$consultation"

rss_kb=$(ps -o rss= -p "$(pgrep -f "port $port" | head -1)")
echo "server resident memory: $(( rss_kb / 1024 )) MiB"
jcmd "$(pgrep -f "port $port" | head -1)" GC.heap_info 2>/dev/null | grep -E 'garbage-first heap|used' | head -2 || true
