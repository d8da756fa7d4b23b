#!/usr/bin/env bash
# Times the audit search (count + first page of 25, newest first, as admin/audit/search.xhtml asks) for a
# user, a record, a period and everything, reporting the median and 95th percentile, on any database:
#
#   mvn -q -DskipTests package                                   # once: the classes (src/generator too) and drivers
#   src/test/bench/audit-search.sh JDBC_URL [USER] [PASSWORD] [GENERATE_N] [RUNS]
#
#   src/test/bench/audit-search.sh 'jdbc:h2:file:/tmp/audit-bench/db' sa '' 1000000
#   src/test/bench/audit-search.sh 'jdbc:postgresql://127.0.0.1:5432/test?currentSchema=lactation_audit' postgres '' 1000000
#
# The schema is migrated first (Flyway). GENERATE_N > 0 first appends that many chained events (40 users,
# 50,000 records, over two years) and then also times the chain verifier over the whole table. Point it at
# a scale-generated clinic with GENERATE_N=0 to time the search on its data.
set -euo pipefail
cd "$(dirname "$0")/../../.."
[ $# -ge 1 ] || { sed -n '2,13p' "$0"; exit 1; }
[ -d target/test-classes/org/lactationclinic/bench ] || { echo "Build first: mvn -q -DskipTests package" >&2; exit 1; }
cp_file=target/bench-classpath.txt
[ -f "$cp_file" ] || mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >&2
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat "$cp_file")" org.lactationclinic.bench.AuditSearchBench "$@"
