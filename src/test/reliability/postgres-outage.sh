#!/usr/bin/env bash
# PostgreSQL stopped and started under write load, nothing acknowledged lost (docs/reliability.md).
# Not part of CI. Uses a private PostgreSQL cluster of its own (port 5499, in a temporary folder) so the
# machine's shared server is never stopped.
#
#   src/test/reliability/postgres-outage.sh [MINUTES] [OUTAGE_SECONDS]     (defaults 3, 20)
#
# Starts the clinic on that cluster with the demo clinic, runs the mixed workload (SoakDriver) for MINUTES,
# stops PostgreSQL for OUTAGE_SECONDS in the middle, starts it again, and then compares the pumping sessions
# the clinic acknowledged with those stored. Stops only what it started, by PID.
set -euo pipefail
cd "$(dirname "$0")/../../.."
minutes=${1:-3}; outage=${2:-20}; port=${SOAK_PORT:-8191}; pgport=5499
if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="${JAVA_HOME:+$JAVA_HOME/bin:}$PATH"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

./mvnw -B -q -DskipTests package test-compile
work=$(mktemp -d); chmod 755 "$work"
pgdata="$work/pg"; install -d -o postgres "$pgdata"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_postgres "$pgbin/initdb" -A trust -U postgres -D "$pgdata" >/dev/null
pg() { as_postgres "$pgbin/pg_ctl" -D "$pgdata" -o "-p $pgport -k $pgdata" -l "$pgdata/log" -w "$@" >/dev/null; }
pg start
log="$work/server.log"
java -Xmx1g -DDB_URL="jdbc:postgresql://127.0.0.1:$pgport/postgres" -DDB_USER=postgres -DDEMO_DATA=true \
    -Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS -jar target/payara-micro.jar --deploy target/lactation-clinic.war --contextroot / --port "$port" --nohazelcast --prebootcommandfile deploy/single-server.preboot >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; pg stop -m fast || true' EXIT
base="http://localhost:$port/"
for _ in $(seq 1 240); do curl -fsS -o /dev/null "${base}login.xhtml" 2>/dev/null && break; sleep 1; done

java -cp target/test-classes org.lactationclinic.it.SoakDriver mixed "$base" "$minutes" 8 >"$work/driver.log" 2>&1 &
driver=$!
sleep $((minutes * 30))
echo "$(date +%T) stopping PostgreSQL for $outage s"; pg stop -m fast
sleep "$outage"
pg start; echo "$(date +%T) PostgreSQL started again"
wait "$driver" || true
tail -25 "$work/driver.log"
acknowledged=$(grep -o 'pumping-acknowledged=[0-9]*' "$work/driver.log" | tail -1 | cut -d= -f2)
stored=$(psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -Atc \
    "select count(*) from pumping_entry where started_at < now() - interval '80 days' and not voided")
echo "pumping sessions acknowledged: $acknowledged, stored: $stored"
echo "server restarted: no (PID $server still running: $(kill -0 "$server" && echo yes))"
[ "$acknowledged" = "$stored" ]
