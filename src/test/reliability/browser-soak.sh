#!/usr/bin/env bash
# Two consultants charting at once in headless Chromium, one of them in two tabs (docs/reliability.md; not part of
# CI: it takes twenty minutes).
#
#   src/test/reliability/browser-soak.sh [MINUTES]      (default 20)
#
# Builds the WAR, starts the clinic on a fresh embedded H2 file database with the demo clinic (port 8192), runs
# BrowserSoak (screenshots at 1366x768, 1024x768 and 768x1024 every five minutes into target/browser-soak), and
# counts "database has been closed" and SEVERE lines in the server's log. Needs Debian's chromium and
# chromium-driver. Stops only the server it started, by its PID.
set -euo pipefail
cd "$(dirname "$0")/../../.."
minutes=${1:-20}; port=${SOAK_PORT:-8192}
if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="${JAVA_HOME:+$JAVA_HOME/bin:}$PATH"

./mvnw -B -q -DskipTests package test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
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

java -cp "target/test-classes:$(cat target/test-classpath.txt)" org.lactationclinic.it.BrowserSoak \
    "$base" "$minutes" target/browser-soak || status=$?
echo "'database has been closed' in the server log: $(grep -c 'database has been closed' "$log" || true)"
echo "SEVERE lines in the server log: $(grep -c 'SEVERE' "$log" || true)"
exit "${status:-0}"
