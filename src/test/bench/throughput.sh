#!/usr/bin/env bash
# Throughput of the clinic's pages as a share of a bare PrimeFaces page served by the same Payara Micro
# (issue 12). The bare page (src/test/bench/bare-page: one form, a 50-row p:dataTable, the clinic's Faces
# settings) is deployed beside the clinic at /bare, so both are measured on one server, one JVM and one
# machine state. Each page gets wrk with 2 threads and 16 connections; the requests rotate over 8 signed-in
# sessions (never one cookie for all), each holding its own bare-page session too.
#
#   mvn -DskipTests package && src/test/bench/throughput.sh [seconds-per-page] [port]
#
# Needs wrk (Debian package wrk). Loopback only; a fresh embedded H2 database with the demo clinic.
# JAVA_OPTS goes to the server's JVM (a profile: JAVA_OPTS='-XX:StartFlightRecording=filename=/tmp/t.jfr');
# PAGES names the pages to measure besides the bare page (default: all; e.g. PAGES='consultation family').
# WARM_SECONDS (default 180): before anything is measured, every page (the bare one too) is requested in turn, mixed,
# for that long, and each page again for 5 s just before its own run. The JIT needs it: the C2 compiler took 29 s of
# CPU in the server's first 75 s, charged to whichever page was being measured. With 3 s of warm-up per page, as this
# script first ran, the app's pages were measured half-compiled while the bare page, at a thousand requests a second,
# was warm within seconds: the mother search's CPU per request was 15-39 ms then and 3.3 ms on a server warmed for
# a few minutes (2026-12-06). A clinic's server has been running for hours.
# CPU_SECONDS (default 5): after each page's wrk run, one connection requests the page for that long and the server
# JVM's CPU time (user + system, /proc/PID/stat: JIT, GC and background threads included) is divided by the requests
# served. On a shared 2-core machine that figure moves far less than req/s; its share (the bare page's CPU per
# request over the page's) is what a CPU-bound server under wrk approaches.
# PAYARA_OPTS: Payara Micro's options, by default one server as deploy/lactation-clinic.env.sample runs it
# (--nohazelcast, sessions in memory); PAYARA_OPTS=--nocluster measures a server that keeps its sessions in a
# (local) data grid, as a cluster node does: each request then serialises its session.
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-20}
port=${2:-18090}
sessions=8
base="http://127.0.0.1:$port"
jar=$PWD/target/payara-micro.jar
war=$PWD/target/lactation-clinic.war
[ -f "$jar" ] && [ -f "$war" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
payara_opts=${PAYARA_OPTS:---nohazelcast --prebootcommandfile $PWD/deploy/single-server.preboot}
work=$(mktemp -d)

# The bare page's WAR: its two files and the clinic's own PrimeFaces jar.
mkdir -p "$work/bare/WEB-INF/lib"
cp -r src/test/bench/bare-page/. "$work/bare/"
unzip -q -j -d "$work/bare/WEB-INF/lib" "$war" 'WEB-INF/lib/primefaces-*.jar'
(cd "$work/bare" && jar --create --file "$work/bare.war" .)

(cd "$work" && exec "$java" -Xmx1g -Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS ${JAVA_OPTS:-} -DDEMO_DATA=true -DDB_URL="jdbc:h2:file:$work/db/clinic" -jar "$jar" \
    --deploy "$war" --contextroot / --deploy "$work/bare.war" --port "$port" $payara_opts > "$work/server.log" 2>&1) &
server=$!
# A JVM whose start hung does not end on SIGTERM (its shutdown waits on the same locks): 60 s (time for a flight
# recording asked for in JAVA_OPTS to be written), then SIGKILL.
# The killed server's wait answers 143: under set -e that would end the trap before the clean-up and be the exit status.
stop_server() {
    kill $server 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 $server 2>/dev/null || break; sleep 0.2; done
    kill -9 $server 2>/dev/null || true
    wait $server 2>/dev/null || true
}
trap 'status=$?; stop_server; rm -rf "$work"; exit $status' EXIT
# A start that hangs (docs/reliability.md, "A start that never finished") ends the run after 3 minutes.
deadline=$((SECONDS + 180))
until [ "$(curl -s -m 5 -o /dev/null -w '%{http_code}' "$base/bare/index.xhtml" || true)" = 200 ] &&
    [ "$(curl -s -m 5 -o /dev/null -w '%{http_code}' "$base/login.xhtml" || true)" = 200 ]; do
    kill -0 $server 2>/dev/null || { tail -50 "$work/server.log"; exit 1; }
    [ $SECONDS -lt $deadline ] || { echo "The server did not answer within 180 s" >&2; tail -20 "$work/server.log"; exit 1; }
    sleep 0.2
done

sign_in() { # cookie-jar user: a signed-in session of the clinic, and a session of the bare page
    local jar=$1 user=$2 page state nonce
    page=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")
    state=$(echo "$page" | grep -o 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' | sed 's/.*value="//;s/"$//')
    nonce=$(echo "$page" | grep -o 'nonce="[^"]*"' | head -1 | sed 's/nonce="//;s/"$//')   # primefaces.CSP
    curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode login=login --data-urlencode "login:username=$user" \
        --data-urlencode "login:password=demo-password-2026" --data-urlencode "login:signIn=" \
        --data-urlencode "primefaces.nonce=$nonce" --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml"
    curl -s -c "$jar" -b "$jar" -o /dev/null "$base/bare/index.xhtml"
}
cookies=()
for i in $(seq 1 $sessions); do
    # grace.okafor is a consultant and an admin: every page below, reports included, answers her.
    sign_in "$work/jar$i" grace.okafor
    cookies+=("$(awk '$6 == "JSESSIONID" || $6 == "BARESESSION" {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$work/jar$i")")
done
jar1="$work/jar1"
search=$(curl -s -b "$jar1" "$base/dyad/search.xhtml")
twins_family=$(echo "$search" | grep -o 'dyad/overview.xhtml?mother=[^"]*" class="mother-link">Okafor' | head -1 | sed 's/".*//')
family=$(curl -s -b "$jar1" "$base/$twins_family")
consultation=$(echo "$family" | grep -o 'consultation/edit.xhtml?consultation=[^"]*' | head -1)
infant=$(echo "$family" | grep -o 'dyad/infant.xhtml?infant=[^"]*' | head -1)
[ -n "$twins_family" ] && [ -n "$consultation" ] && [ -n "$infant" ] || { echo "no demo data found" >&2; exit 1; }

# The pages measured, in order: "key|name|path", the key being what PAGES names. The same list drives the mixed
# warm-up and the measurements; the bare page opens it (and is measured again, warm, at the end).
selected=" ${PAGES:-search family infant report consultation} "
pages=("bare|bare PrimeFaces page|bare/index.xhtml")
for page in \
    "search|mother search|dyad/search.xhtml" \
    "family|family page (twins)|$twins_family" \
    "infant|infant growth page|$infant" \
    "report|activity report|admin/reports/activity.xhtml" \
    "consultation|consultation (twins)|$consultation"; do
    [[ $selected == *" ${page%%|*} "* ]] && pages+=("$page")
done

# The wrk scripts share the sessions' cookies: each request takes the next session's, so 16 connections share 8.
cookie_table=$(
    echo 'local cookies = {'
    for c in "${cookies[@]}"; do echo "  \"$c\","; done
    echo '}'
)
# One page, the path on wrk's command line; the results line that measure reads.
{
    echo "$cookie_table"
    cat <<'LUA'
local n = 0
local failures = 0
request = function()
  n = n + 1
  wrk.headers["Cookie"] = cookies[(n % #cookies) + 1]
  return wrk.format("GET")
end
response = function(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.1f %.1f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout, summary.requests))
end
LUA
} > "$work/sessions.lua"
# The mixed warm-up: each request the next page of the list, with the next session's cookies.
{
    echo "$cookie_table"
    echo 'local paths = {'
    for page in "${pages[@]}"; do echo "  \"/${page##*|}\","; done
    echo '}'
    cat <<'LUA'
local n = 0
request = function()
  n = n + 1
  wrk.headers["Cookie"] = cookies[(n % #cookies) + 1]
  return wrk.format("GET", paths[(n % #paths) + 1])
end
LUA
} > "$work/warm.lua"

cpu_seconds=${CPU_SECONDS:-5}
warm_seconds=${WARM_SECONDS:-180}
ticks_per_second=$(getconf CLK_TCK)
server_cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }

measure() { # name path: requests per second, p50 and p90 latency, non-200 answers, server CPU ms per request
    local name=$1 path=$2 line before after requests cpu
    # A non-200 answer (a sign-in redirect, an error page) would make the page look fast: check it first.
    [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$jar1" "$base/$path")" = 200 ] ||
        { echo "$name: $path does not answer 200" >&2; exit 1; }
    wrk -t2 -c16 -d5s --timeout 30s -s "$work/sessions.lua" "$base/$path" > /dev/null   # this page's own warm-up
    line=$(wrk -t2 -c16 -d"${seconds}s" --timeout 30s -s "$work/sessions.lua" "$base/$path" | grep '^RESULT')
    read -r _ rps p50 p90 errors _ <<< "$line"
    before=$(server_cpu_ticks)
    line=$(wrk -t1 -c1 -d"${cpu_seconds}s" --timeout 30s -s "$work/sessions.lua" "$base/$path" | grep '^RESULT')
    after=$(server_cpu_ticks)
    read -r _ _ _ _ _ requests <<< "$line"
    cpu=$(echo "$before $after $requests $ticks_per_second" | awk '{if ($3 > 0) printf "%.1f", ($2 - $1) * 1000 / $4 / $3; else printf "nan"}')
    results+=("$name|$rps|$p50|$p90|$errors|$cpu")
}
results=()
wrk -t2 -c16 -d"${warm_seconds}s" --timeout 30s -s "$work/warm.lua" "$base/" > /dev/null
for page in "${pages[@]}"; do
    IFS='|' read -r _ name path <<< "$page"
    measure "$name" "$path"
done
measure "bare PrimeFaces page, warm" "bare/index.xhtml"

bare=$(echo "${results[-1]}" | cut -d'|' -f2)
bare_cpu=$(echo "${results[-1]}" | cut -d'|' -f6)
printf '%-30s %9s %8s %8s %8s %7s %11s %11s\n' page 'req/s' 'p50 ms' 'p90 ms' 'of bare' 'non-200' 'CPU ms/req' 'CPU of bare'
for r in "${results[@]}"; do
    IFS='|' read -r name rps p50 p90 errors cpu <<< "$r"
    printf '%-30s %9.1f %8.1f %8.1f %7.0f%% %7s %11s %10.0f%%\n' "$name" "$rps" "$p50" "$p90" \
        "$(echo "$rps $bare" | awk '{print 100 * $1 / $2}')" "$errors" "$cpu" \
        "$(echo "$bare_cpu $cpu" | awk '{if ($1 != "nan" && $2 + 0 > 0) print 100 * $1 / $2; else print "nan"}')"
done
echo "sessions: $sessions signed in; wrk -t2 -c16 -d${seconds}s per page after ${warm_seconds}s of warm-up, then -t1 -c1 -d${cpu_seconds}s for the CPU; Payara: $payara_opts; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
