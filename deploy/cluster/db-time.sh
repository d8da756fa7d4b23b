#!/usr/bin/env bash
# Measured database time per request (issue 16, docs/scale-out.md): ONE node, alone on its own PostgreSQL database,
# so that PostgreSQL's per-database counters count this node's work and nothing else's.
#
#   createdb -h 127.0.0.1 -U postgres wt_scale
#   DB_NAME=wt_scale PORT=19701 deploy/cluster/db-time.sh [seconds-per-page]     (build first: ./mvnw -DskipTests package)
#
# Starts one Payara Micro node (no data grid) on PORT against DB_NAME (the demo clinic loads into an empty database),
# signs in 12 sessions (the CSP nonce, as throughput.sh), and for an idle baseline and then for each page (mother
# search, family page, consultation) reads pg_stat_database for DB_NAME before and after a wrk run:
#   DB ms/req    = delta active_time / requests            (time PostgreSQL spent executing this node's statements)
#   idle-in-tx   = delta idle_in_transaction_time / requests (a transaction open while the node works between statements)
#   commits/req  = delta xact_commit / requests;  blocks read/hit per request from blks_read and blks_hit
# PostgreSQL 15 flushes a backend's counters at most once a second, and an idle backend's within 10 s: the script waits
# 12 s after each run before reading. The baseline (the same wait, no requests) shows what the node does on its own.
# Stops only the node it started (its PID). Bounded: START_TIMEOUT for the start, seconds per page for wrk.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
DB_NAME=${DB_NAME:-wt_scale}
PORT=${PORT:-19701}
START_TIMEOUT=${START_TIMEOUT:-600}
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
base="http://127.0.0.1:$PORT"
sessions=12
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
[ -f target/payara-micro.jar ] && [ -f target/lactation-clinic.war ] || { echo "Build first: ./mvnw -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)
node_pid=
cleanup() {
    if [ -n "$node_pid" ] && kill -0 "$node_pid" 2>/dev/null; then
        kill "$node_pid"
        for _ in $(seq 1 60); do kill -0 "$node_pid" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$node_pid" 2>/dev/null && kill -9 "$node_pid" || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/tmp"
DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB_NAME" DB_USER=postgres DB_PASSWORD= DEMO_DATA=true \
    AUDIT_HMAC_KEYS=$(deploy/generate-audit-key.sh) \
    "$JAVA" -Xmx768m -Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS -Djava.io.tmpdir="$work/tmp" -jar target/payara-micro.jar --deploy target/lactation-clinic.war \
    --contextroot / --port "$PORT" --nohazelcast > "$work/server.log" 2>&1 < /dev/null &
node_pid=$!
deadline=$((SECONDS + START_TIMEOUT))
until [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$base/login.xhtml" || true)" = 200 ]; do
    kill -0 "$node_pid" 2>/dev/null || { echo "the node died:" >&2; tail -30 "$work/server.log" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { echo "not ready after ${START_TIMEOUT}s" >&2; exit 1; }
    sleep 3
done
echo "# node PID $node_pid ready after $SECONDS s on $base, database $DB_NAME"

sign_in() { # cookie-jar user
    local jar=$1 user=$2 page state nonce
    page=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")
    state=$(echo "$page" | grep -o 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' | sed 's/.*value="//;s/"$//')
    nonce=$(echo "$page" | grep -o 'nonce="[^"]*"' | head -1 | sed 's/nonce="//;s/"$//')
    curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode login=login --data-urlencode "login:username=$user" \
        --data-urlencode "login:password=demo-password-2026" --data-urlencode "login:signIn=" \
        --data-urlencode "primefaces.nonce=$nonce" --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml"
}
cookies=()
for i in $(seq 1 $sessions); do
    sign_in "$work/jar$i" grace.okafor
    cookies+=("$(awk '$6 == "JSESSIONID" {printf "%s=%s", $6, $7}' "$work/jar$i")")
done
search=$(curl -s -b "$work/jar1" "$base/dyad/search.xhtml")
family=$(echo "$search" | grep -o 'dyad/overview.xhtml?mother=[^"]*" class="mother-link">Okafor' | head -1 | sed 's/".*//')
consultation=$(curl -s -b "$work/jar1" "$base/$family" | grep -o 'consultation/edit.xhtml?consultation=[^"]*' | head -1)
[ -n "$family" ] && [ -n "$consultation" ] || { echo "no demo data found" >&2; exit 1; }
{
    echo 'local cookies = {'
    for c in "${cookies[@]}"; do echo "  \"$c\","; done
    echo '}'
    cat <<'LUA'
local n = 0
request = function()
  n = n + 1
  wrk.headers["Cookie"] = cookies[(n % #cookies) + 1]
  return wrk.format("GET")
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %.1f %.1f %.1f %d\n", summary.requests, summary.requests / (summary.duration / 1e6),
    latency.mean / 1000, latency:percentile(50) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
LUA
} > "$work/sessions.lua"

stats() { # xact_commit xact_rollback active_time_ms idle_in_transaction_time_ms blks_read blks_hit
    psql -X -At -F' ' -h 127.0.0.1 -U postgres -d "$DB_NAME" -c "select xact_commit, xact_rollback, active_time,
        idle_in_transaction_time, blks_read, blks_hit from pg_stat_database where datname = current_database()"
}
settle() { sleep 12; } # PostgreSQL 15: an idle backend's counters reach pg_stat_database within 10 s

printf '%-22s %6s %7s %8s %8s %5s %9s %10s %9s %9s %9s\n' page requests 'req/s' 'mean ms' 'p50 ms' 'non2xx' \
    'DB ms/req' 'idle-tx ms' 'commits' 'blks hit' 'blks read'
settle
read -r c0 r0 a0 i0 br0 bh0 <<< "$(stats)"
settle
read -r c1 r1 a1 i1 br1 bh1 <<< "$(stats)"
printf '%-22s %s\n' "baseline (12 s idle)" "commits +$((c1 - c0)), rollbacks +$((r1 - r0)), active_time +$(echo "$a1 $a0" | awk '{printf "%.1f", $1 - $2}') ms"

measure() { # name path
    local name=$1 path=$2 line requests rps mean p50 errors
    [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$work/jar1" "$base/$path")" = 200 ] ||
        { echo "$name: $path does not answer 200" >&2; exit 1; }
    wrk -t1 -c4 -d3s --timeout 30s -s "$work/sessions.lua" "$base/$path" > /dev/null   # warm-up
    settle
    read -r c0 r0 a0 i0 br0 bh0 <<< "$(stats)"
    line=$(wrk -t1 -c4 -d"${seconds}s" --timeout 30s -s "$work/sessions.lua" "$base/$path" | grep '^RESULT')
    settle
    read -r c1 r1 a1 i1 br1 bh1 <<< "$(stats)"
    read -r _ requests rps mean p50 errors <<< "$line"
    echo "$name $requests $rps $mean $p50 $errors $c0 $c1 $a0 $a1 $i0 $i1 $br0 $br1 $bh0 $bh1" | awk '{
        n = $2; printf "%-22s %6d %7.1f %8.1f %8.1f %5d %9.2f %10.2f %9.2f %9.0f %9.2f\n", $1, n, $3, $4, $5, $6,
        ($10 - $9) / n, ($12 - $11) / n, ($8 - $7) / n, ($16 - $15) / n, ($14 - $13) / n }'
}
measure search "dyad/search.xhtml"
measure family "$family"
measure consultation "$consultation"
echo "# wrk -t1 -c4 -d${seconds}s per page, $sessions sessions signed in; $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
