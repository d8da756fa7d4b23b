#!/usr/bin/env bash
# The long reliability runs of docs/reliability.md (not part of CI: they take half an hour).
#
#   src/test/reliability/soak.sh [MINUTES] [SESSIONS] [ANONYMOUS_REQUESTS]     (defaults 20, 8, 100000)
#
# Builds the WAR, starts the clinic on a fresh embedded H2 file database with the demo clinic (port 8190), and:
#  1. sends ANONYMOUS_REQUESTS requests without a cookie (sign-in page and a protected page) and compares the
#     heap after a full GC before and after them;
#  2. runs the mixed signed-in workload (SoakDriver) for MINUTES with SESSIONS sessions;
#  3. counts "database has been closed" and SEVERE lines in the server's log.
# Stops only the server it started, by its PID. Prints the figures docs/reliability.md quotes.
set -euo pipefail
cd "$(dirname "$0")/../../.."
minutes=${1:-20}; sessions=${2:-8}; anonymous=${3:-100000}; port=${SOAK_PORT:-8190}
if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="${JAVA_HOME:+$JAVA_HOME/bin:}$PATH"

./mvnw -B -q -DskipTests package test-compile
work=$(mktemp -d)
log="$work/server.log"
java -Xmx1g -Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS -DDB_URL="jdbc:h2:file:$work/clinic" -DDEMO_DATA=true -jar target/payara-micro.jar \
    --deploy target/lactation-clinic.war --contextroot / --port "$port" --nohazelcast --prebootcommandfile deploy/single-server.preboot >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
base="http://localhost:$port/"
for _ in $(seq 1 240); do
    curl -fsS -o /dev/null "${base}login.xhtml" 2>/dev/null && break
    sleep 1
done
echo "server $server up, log $log"

heap_after_gc() {
    jcmd "$server" GC.run >/dev/null
    jcmd "$server" GC.heap_info | awk '/garbage-first heap|def new generation|PSYoungGen|total/ {print; exit}'
}
driver() { java -cp target/test-classes org.lactationclinic.it.SoakDriver "$@"; }

before=$(heap_after_gc); echo "heap after GC before the anonymous requests: $before"
start=$(date +%s); driver anonymous "$base" "$anonymous"; end=$(date +%s)
after=$(heap_after_gc); echo "heap after GC after $anonymous anonymous requests ($((end - start)) s): $after"

driver mixed "$base" "$minutes" "$sessions" || status=$?
echo "'database has been closed' in the server log: $(grep -c 'database has been closed' "$log" || true)"
echo "SEVERE lines in the server log: $(grep -c 'SEVERE' "$log" || true)"
heap_after_gc | sed 's/^/heap after GC at the end: /'
exit "${status:-0}"
