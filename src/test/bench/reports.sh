#!/usr/bin/env bash
# Times each clinic report on a database: the raw SQL of every report query on plain JDBC, the same query through
# the application's ReportRepository (Hibernate native query), and each report through ReportService; median of
# several runs, with the app/raw ratio. The database is migrated by Flyway first (an empty one gets the schema).
#
#   src/test/bench/reports.sh 'jdbc:postgresql://127.0.0.1:5432/clinic?currentSchema=scale' [user] [password]
#
# Environment: FROM / TO (report period, yyyy-mm-dd; default the last 365 days), RUNS (default 7),
# GENERATE=N (only on a database without consultations: first write a seeded synthetic clinic of N consultations;
# for trying the script, not a substitute for the scale generator).
set -euo pipefail
cd "$(dirname "$0")/../../.."
url=${1:?usage: reports.sh JDBC_URL [user] [password]}
user=${2:-}
password=${3:-}
mkdir -p target
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    > target/bench-build.log 2>&1 || { cat target/bench-build.log; exit 1; }
args=(-Dbench.url="$url" -Dbench.runs="${RUNS:-7}")
[ -n "$user" ] && args+=(-Dbench.user="$user")
[ -n "$password" ] && args+=(-Dbench.password="$password")
[ -n "${FROM:-}" ] && args+=(-Dbench.from="$FROM")
[ -n "${TO:-}" ] && args+=(-Dbench.to="$TO")
[ -n "${GENERATE:-}" ] && args+=(-Dbench.generate="$GENERATE")
exec java -Xmx2g "${args[@]}" -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    org.lactationclinic.infrastructure.repository.ReportBench
