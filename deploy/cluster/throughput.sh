#!/usr/bin/env bash
# Throughput of the consultation, family and search pages through HAProxy with 1, 2 and 3 nodes of a running local
# cluster (issue 16), and the database time per request.
#
#   deploy/cluster/local-cluster.sh up && deploy/cluster/throughput.sh [seconds-per-page]
#
# Same settings as local-cluster.sh. For each node count the other nodes are put in HAProxy's maintenance state, 12
# sessions sign in through HAProxy (sticky, so spread over the nodes in service), and wrk (2 threads, 16 connections)
# asks each page with the requests rotating over the sessions. While wrk runs, PostgreSQL samples every 20 ms how many
# of the nodes' connections are executing a statement; that average times the run's length, divided by the requests,
# should be the database time per request. NOT VALID: its figures were 0 or 1000/req-per-s; the measured database time per request is db-time.sh's (docs/scale-out.md). Needs wrk and socat. Leaves every node in service at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-15}
LB_PORT=${LB_PORT:-8080}
read -r -a node_ports <<< "${NODE_PORTS:-8081 8082 8083}"
STATE_DIR=${STATE_DIR:-$PWD/target/cluster}
base="http://127.0.0.1:$LB_PORT"
sessions=12
work=$(mktemp -d)
trap 'rm -rf "$work"; for n in $(seq 1 ${#node_ports[@]}); do lb "set server clinic/node$n state ready" > /dev/null; done' EXIT
lb() { echo "$1" | socat stdio "unix-connect:$STATE_DIR/haproxy.sock"; }
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }

sign_in() { # cookie-jar user
    local jar=$1 user=$2 page state nonce
    page=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")
    state=$(echo "$page" | grep -o 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' | sed 's/.*value="//;s/"$//')
    nonce=$(echo "$page" | grep -o 'nonce="[^"]*"' | head -1 | sed 's/nonce="//;s/"$//')
    curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode login=login --data-urlencode "login:username=$user" \
        --data-urlencode "login:password=demo-password-2026" --data-urlencode "login:signIn=" \
        --data-urlencode "primefaces.nonce=$nonce" --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml"
}

db_ports() { # the client ports of the nodes' connections to PostgreSQL, as an SQL array
    local pids ports
    pids=$(cat "$STATE_DIR"/node*.pid | paste -sd'|')
    ports=$(ss -tnp | grep -E "pid=($pids)," | awk '$5 ~ /:5432$/ {n = split($4, a, ":"); print a[n]}' | paste -sd,)
    echo "array[${ports:-0}]::int[]"
}

measure() { # nodes name path
    local nodes=$1 name=$2 path=$3 line samples ports
    [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$work/jar1" "$base/$path")" = 200 ] ||
        { echo "$name: $path does not answer 200" >&2; exit 1; }
    wrk -t2 -c16 -d3s --timeout 30s -s "$work/sessions.lua" "$base/$path" > /dev/null   # warm-up
    ports=$(db_ports)
    # Sampling inside PostgreSQL (one statement, 20 ms apart) for as long as wrk runs.
    # pg_stat_activity is a snapshot per transaction unless cleared; "g > 0" makes the count run at every row.
    psql -X -At -h 127.0.0.1 -U postgres -d test -c "select avg(n) from (select pg_stat_clear_snapshot(),
        (select count(*) from pg_stat_activity where state = 'active' and client_port = any($ports)
        and pid <> pg_backend_pid() and g > 0) as n, pg_sleep(0.02) from generate_series(1, $((seconds * 45))) g) s" > "$work/db" &
    local sampler=$!
    line=$(wrk -t2 -c16 -d"${seconds}s" --timeout 30s -s "$work/sessions.lua" "$base/$path" | grep '^RESULT')
    wait $sampler
    read -r _ rps p50 p90 errors <<< "$line"
    samples=$(cat "$work/db")
    # database ms per request = busy connections (average) / requests per second * 1000
    printf '%-5s %-22s %9.1f %8.1f %8.1f %7s %10.1f\n' "$nodes" "$name" "$rps" "$p50" "$p90" "$errors" \
        "$(echo "$samples $rps" | awk '{ if ($2 > 0) print 1000 * $1 / $2; else print 0 }')"
}

printf '%-5s %-22s %9s %8s %8s %7s %10s\n' nodes page 'req/s' 'p50 ms' 'p90 ms' 'non-200' 'DB ms/req'
for count in $(seq 1 ${#node_ports[@]}); do
    for n in $(seq 1 ${#node_ports[@]}); do
        if [ "$n" -le "$count" ]; then lb "set server clinic/node$n state ready" > /dev/null
        else lb "set server clinic/node$n state maint" > /dev/null; fi
    done
    sleep 25  # a node back from maintenance: two passing checks (rise 2, inter 2s), then slowstart 20s
    cookies=()
    for i in $(seq 1 $sessions); do
        rm -f "$work/jar$i"
        sign_in "$work/jar$i" grace.okafor
        cookies+=("$(awk '$6 == "JSESSIONID" || $6 == "CLINICNODE" {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$work/jar$i")")
    done
    spread=$(for i in $(seq 1 $sessions); do awk '$6 == "CLINICNODE" {print $7}' "$work/jar$i"; done | sort | uniq -c | awk '{printf "%s:%s ", $2, $1}')
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
  io.write(string.format("RESULT %.1f %.1f %.1f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
LUA
    } > "$work/sessions.lua"
    echo "# $count node(s) in service; sessions per node: $spread"
    measure "$count" "mother search" "dyad/search.xhtml"
    measure "$count" "family page (twins)" "$family"
    measure "$count" "consultation (twins)" "$consultation"
done
echo "wrk -t2 -c16 -d${seconds}s per page, $sessions sessions; $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
