#!/usr/bin/env bash
# Measures, on this machine: start-up of the built WAR to the first sign-in page, the server's memory,
# and the server time of the main pages and the printouts for a signed-in consultant. Loopback only, bounded loops.
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
(cd "$work" && exec java -Xmx1g -Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS -jar "$OLDPWD/$jar" --deploy "$OLDPWD/$war" --contextroot / --port $port --nohazelcast --prebootcommandfile "$OLDPWD/deploy/single-server.preboot" \
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
state_nonce=$(grep -o 'nonce="[^"]*"' "$work/login.html" | head -1 | sed 's/nonce="//;s/"$//')   # primefaces.CSP
curl -s -c "$jars" -b "$jars" -o /dev/null --data-urlencode login=login --data-urlencode "login:username=ana.lopez" \
    --data-urlencode "login:password=demo-password-2026" --data-urlencode "login:signIn=" \
    --data-urlencode "primefaces.nonce=$state_nonce" --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml"
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

# The twins' latest visit (the Okafor family, DemoClinic): weights, an observed feed with LATCH, a test
# weighing, BTAT and the last 24 hours for both babies, with the flags panel.
twins_mother=$(grep -o 'dyad/overview.xhtml?mother=[^"]*" class="mother-link">Okafor' "$work/search.html" | head -1 | sed 's/".*//')
curl -s -b "$jars" "$base/$twins_mother" > "$work/twins.html"
twins_visit=$(grep -o 'consultation/edit.xhtml?consultation=[^"]*' "$work/twins.html" | head -1)
time_page "consultation, twins, charted" "$twins_visit"

# The twins' printouts: the take-home plan (two growth charts) as PDF and as print view, and the letter.
twins_uuid=${twins_visit##*consultation=}
curl -s -b "$jars" -o "$work/plan.pdf" "$base/consultation/print?consultation=$twins_uuid&document=plan&format=pdf"
[ "$(head -c 4 "$work/plan.pdf")" = "%PDF" ] || { echo "the take-home plan did not come back as a PDF" >&2; exit 1; }
time_page "take-home plan PDF, twins" "consultation/print?consultation=$twins_uuid&document=plan&format=pdf"
time_page "take-home plan print view" "consultation/print?consultation=$twins_uuid&document=plan"
time_page "provider letter PDF, twins" "consultation/print?consultation=$twins_uuid&document=letter&format=pdf"

# A live-flag update: the AJAX request a weight change sends (process the field, redraw the flags and the
# computed values), alternating two weights so every request recomputes.
curl -s -c "$jars" -b "$jars" "$base/$twins_visit" > "$work/visit.html"
visit_state=$(grep -o 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' "$work/visit.html" | head -1 | sed 's/.*value="//;s/"$//')
visit_state_nonce=$(grep -o 'nonce="[^"]*"' "$work/visit.html" | head -1 | sed 's/nonce="//;s/"$//')   # primefaces.CSP
live_update() { # grams
    curl -s -o "$work/ajax.xml" -b "$jars" -H 'Faces-Request: partial/ajax' -w '%{time_total}\n' \
        --data-urlencode jakarta.faces.partial.ajax=true --data-urlencode jakarta.faces.source=visit:charts:0:weight \
        --data-urlencode jakarta.faces.partial.execute=visit:charts:0:weight \
        --data-urlencode "jakarta.faces.partial.render=visit:flags visit:charts:0:weightFacts visit:charts:0:weightMessage" \
        --data-urlencode jakarta.faces.behavior.event=change --data-urlencode jakarta.faces.partial.event=change \
        --data-urlencode visit=visit --data-urlencode "visit:charts:0:weight=$1" \
        --data-urlencode "primefaces.nonce=$visit_state_nonce" --data-urlencode "jakarta.faces.ViewState=$visit_state" "$base/consultation/edit.xhtml"
}
for grams in 2450 2130 2450 2130 2450; do live_update $grams > /dev/null; done
grep -q 'visit:flags' "$work/ajax.xml" || { echo "the live-flag update did not answer with the flags panel" >&2; exit 1; }
times=$(for i in $(seq 1 "$requests"); do live_update $(( i % 2 == 0 ? 2450 : 2130 )); done | sort -n)
printf '%-28s median %6.1f ms   p95 %6.1f ms   (%s requests)\n' "live-flag AJAX update" \
    "$(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]*1000}')" \
    "$(echo "$times" | awk '{a[NR]=$1} END {print a[int(NR*0.95)]*1000}')" "$requests"

rss_kb=$(ps -o rss= -p "$(pgrep -f "port $port" | head -1)")
echo "server resident memory: $(( rss_kb / 1024 )) MiB"
jcmd "$(pgrep -f "port $port" | head -1)" GC.heap_info 2>/dev/null | grep -E 'garbage-first heap|used' | head -2 || true
