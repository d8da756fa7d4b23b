#!/usr/bin/env bash
# Restores a pg_dump backup of the clinic into a new, empty database and checks it (issue 15, point 8):
# the row counts of the main tables, the audit trail's count against its chain head, and the audit chain itself
# (every event's HMAC recomputed with the clinic's audit key). Drops the scratch database afterwards unless KEEP=1.
#
#   restore-check.sh DUMP_FILE [SOURCE_DATABASE]
#
# With SOURCE_DATABASE (the live database the dump was taken from, on the same server), the counts are compared
# with it; a table written since the dump may have grown, never shrunk. Run as a PostgreSQL superuser
# (PGHOST, PGPORT, PGUSER as for psql). Environment:
#   WAR      the application's WAR, for the chain check (default /opt/lactation-clinic/lactation-clinic.war)
#   JAVA     a JDK 21+ java (default /opt/lactation-clinic/jdk/bin/java, else java on the PATH)
#   SCHEMA   the clinic's schema in the dump (default clinic)
#   AUDIT_HMAC_KEYS or AUDIT_HMAC_KEY_FILE   the audit keys, as the server has them (all the keys still in use)
# Exit status 0 when everything checks out.
set -euo pipefail
dump=${1:?usage: restore-check.sh DUMP_FILE [SOURCE_DATABASE]}
source_db=${2:-}
schema=${SCHEMA:-clinic}
war=${WAR:-/opt/lactation-clinic/lactation-clinic.war}
java=${JAVA:-/opt/lactation-clinic/jdk/bin/java}
[ -x "$java" ] || java=java
scratch="restore_check_$(date -u +%Y%m%d%H%M%S)_$$"
work=$(mktemp -d)
cleanup() {
    rm -rf "$work"
    if [ "${KEEP:-0}" != 1 ]; then dropdb --if-exists "$scratch"; else echo "kept database $scratch"; fi
}
trap cleanup EXIT

echo "== restoring $dump into the new database $scratch"
createdb "$scratch"
pg_restore --no-owner --no-acl --exit-on-error -d "$scratch" "$dump"

tables="staff_user mother infant consultation infant_findings breast_findings pumping_entry care_plan_intervention audit_event"
count() { # database table
    psql -X -At -d "$1" -c "select count(*) from $schema.$2" 2>/dev/null || echo "-"
}
status=0
echo "== row counts (restored${source_db:+ / source $source_db})"
for table in $tables; do
    restored=$(count "$scratch" "$table")
    if [ -n "$source_db" ]; then
        live=$(count "$source_db" "$table")
        mark=ok
        if [ "$restored" = "-" ] || { [ "$live" != "-" ] && [ "$restored" -gt "$live" ]; }; then mark=MISMATCH; status=1; fi
        printf '%-26s %10s %10s  %s\n' "$table" "$restored" "$live" "$mark"
    else
        printf '%-26s %10s\n' "$table" "$restored"
    fi
done
events=$(count "$scratch" audit_event)
head=$(psql -X -At -d "$scratch" -c "select last_sequence from $schema.audit_chain_head where id = 1")
if [ "$events" = "$head" ]; then
    echo "audit events $events = chain head $head: ok"
else
    echo "audit events $events, chain head $head: MISMATCH"; status=1
fi

echo "== audit chain"
unzip -q "$war" 'WEB-INF/classes/*' 'WEB-INF/lib/*' -d "$work"
url="jdbc:postgresql://${PGHOST:-localhost}:${PGPORT:-5432}/$scratch?currentSchema=$schema"
"$java" -cp "$work/WEB-INF/classes:$work/WEB-INF/lib/*" org.lactationclinic.infrastructure.security.AuditChainCheck \
    "$url" "${PGUSER:-postgres}" "${PGPASSWORD:-}" || status=1

[ "$status" = 0 ] && echo "RESTORE CHECK PASSED" || echo "RESTORE CHECK FAILED"
exit "$status"
