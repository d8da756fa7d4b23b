#!/usr/bin/env bash
# The mother search and a busy mother's pages on a generated clinic (ScaleClinicGenerator), through the
# running app over HTTP and as raw SQL. Loopback only, bounded loops.
#
#   mvn -DskipTests package
#   src/test/bench/scale-search.sh DB_URL [DB_USER] [DB_PASSWORD] [requests-per-query] [port]
#
# e.g. src/test/bench/scale-search.sh jdbc:h2:file:/tmp/lactation_scale/h2/scale
#      src/test/bench/scale-search.sh 'jdbc:postgresql://127.0.0.1:5432/test?currentSchema=lactation_scale' postgres ''
# Signs in as the generated consultant ana.lopez with the generated staff password (the demo password).
set -euo pipefail
cd "$(dirname "$0")/../../.."
db_url=$1; db_user=${2:-sa}; db_password=${3:-}; requests=${4:-50}; port=${5:-8093}
base="http://127.0.0.1:$port"
jar=target/payara-micro.jar
war=target/lactation-clinic.war
[ -f "$jar" ] && [ -f "$war" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 1; }
m2=${M2_REPO:-$HOME/.m2/repository}
# MotherSearchSql is compiled with the tests from src/generator (mvn -DskipTests package compiles it)
cp="target/classes:target/test-classes:$m2/com/h2database/h2/2.5.252/h2-2.5.252.jar:$m2/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar"
work=$(mktemp -d)

# Search values from the data itself (H2 file databases open in one process at a time: before the server)
java -cp "$cp" org.lactationclinic.bench.MotherSearchSql "$db_url" "$db_user" "$db_password" samples > "$work/samples"
cat "$work/samples"
sample() { grep "^$1=" "$work/samples" | cut -d= -f2-; }
common=$(sample common); rare=$(sample rare); dob=$(sample dob); phone=$(sample phone)
queries=("name=$common" "name=$rare" "dob=$dob" "phone=$phone" "name=gar" "name=$common olivia" "")

echo "--- raw SQL (page of 20 + infants + count), $requests runs each"
java -cp "$cp" org.lactationclinic.bench.MotherSearchSql "$db_url" "$db_user" "$db_password" "$requests" "${queries[@]}"

start=$(date +%s%N)
DB_URL=$db_url DB_USER=$db_user DB_PASSWORD=$db_password DEMO_DATA=false \
    java -Xmx1g -Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS -jar "$jar" --deploy "$war" --contextroot / --port "$port" --nohazelcast --prebootcommandfile deploy/single-server.preboot > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/login.xhtml" || true)" = 200 ]; then break; fi
    sleep 0.1
done
echo "start-up to sign-in page: $(( ($(date +%s%N) - start) / 1000000 )) ms"

jars="$work/cookies"
curl -s -c "$jars" -b "$jars" "$base/login.xhtml" > "$work/login.html"
state=$(grep -o 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' "$work/login.html" | sed 's/.*value="//;s/"$//')
state_nonce=$(grep -o 'nonce="[^"]*"' "$work/login.html" | head -1 | sed 's/nonce="//;s/"$//')   # primefaces.CSP
curl -s -c "$jars" -b "$jars" -o /dev/null --data-urlencode login=login --data-urlencode "login:username=ana.lopez" \
    --data-urlencode "login:password=demo-password-2026" --data-urlencode "login:signIn=" \
    --data-urlencode "primefaces.nonce=$state_nonce" --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml"

stats() { # name: median and 95th percentile of the times (seconds) on stdin
    sort -n | awk -v name="$1" -v n="$requests" '{a[NR]=$1} END {printf "%-36s median %7.1f ms   p95 %7.1f ms   (%d requests)\n", name, a[int((NR+1)/2)]*1000, a[int(NR*0.95)]*1000, n}'
}
time_page() { # name path
    for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$jars" "$base/$2"; done
    for _ in $(seq 1 "$requests"); do curl -s -o /dev/null -b "$jars" -w '%{time_total}\n' "$base/$2"; done | stats "$1"
}

curl -s -b "$jars" "$base/dyad/search.xhtml" > "$work/search.html"
grep -q 'mother-link' "$work/search.html" || { echo "could not sign in or open the search" >&2; exit 1; }
echo "--- through the app"
time_page "search page as it opens (all mothers)" "dyad/search.xhtml"

# a fresh view: the server keeps a limited number of views per session, and the page timings above made many
curl -s -b "$jars" "$base/dyad/search.xhtml" > "$work/search.html"
search_state=$(grep -o 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' "$work/search.html" | head -1 | sed 's/.*value="//;s/"$//')
search_state_nonce=$(grep -o 'nonce="[^"]*"' "$work/search.html" | head -1 | sed 's/nonce="//;s/"$//')   # primefaces.CSP
search() { # name dob phone: the AJAX request of the Search button, answered with the first page of results
    curl -s -o "$work/ajax.xml" -b "$jars" -H 'Faces-Request: partial/ajax' -w '%{time_total}\n' \
        --data-urlencode jakarta.faces.partial.ajax=true --data-urlencode jakarta.faces.source=search:go \
        --data-urlencode jakarta.faces.partial.execute=search --data-urlencode jakarta.faces.partial.render=search:results \
        --data-urlencode search=search --data-urlencode "search:name=$1" --data-urlencode "search:dob_input=$2" \
        --data-urlencode "search:phone=$3" --data-urlencode search:go=search:go \
        --data-urlencode "primefaces.nonce=$search_state_nonce" --data-urlencode "jakarta.faces.ViewState=$search_state" "$base/dyad/search.xhtml"
}
for query in "${queries[@]}"; do
    name=""; dob_value=""; phone_value=""
    case "$query" in
        name=*) name=${query#name=} ;;
        dob=*) dob_value=${query#dob=} ;;
        phone=*) phone_value=${query#phone=} ;;
    esac
    for _ in 1 2 3 4 5; do search "$name" "$dob_value" "$phone_value" > /dev/null; done
    grep -q 'search:results' "$work/ajax.xml" || { echo "the search did not answer with results" >&2; exit 1; }
    found=$(grep -o 'ui-paginator-current[^>]*>[0-9]*' "$work/ajax.xml" | head -1 | grep -o '[0-9]*$' || true)
    for _ in $(seq 1 "$requests"); do search "$name" "$dob_value" "$phone_value"; done \
        | stats "search ${query:-(empty)} [${found:-?} found]"
done

busy=$(sample busy_mother); visit=$(sample busy_consultation)
time_page "overview, mother with $(sample busy_visits) visits" "dyad/overview.xhtml?mother=$busy"
time_page "her latest consultation" "consultation/edit.xhtml?consultation=$visit"

# The audit search as an admin asks it (admin/audit/search.xhtml: the count and the first page of 25, newest
# first). The generator writes no audit rows: append some first with audit-search.sh URL USER PASSWORD N (its
# users are staff.0 to staff.39); the busy mother's record has the views this script just made.
admin_jar="$work/admin-cookies"
curl -s -c "$admin_jar" -b "$admin_jar" "$base/login.xhtml" > "$work/login.html"
state=$(grep -o 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' "$work/login.html" | sed 's/.*value="//;s/"$//')
state_nonce=$(grep -o 'nonce="[^"]*"' "$work/login.html" | head -1 | sed 's/nonce="//;s/"$//')   # primefaces.CSP
curl -s -c "$admin_jar" -b "$admin_jar" -o /dev/null --data-urlencode login=login --data-urlencode "login:username=clinic.admin" \
    --data-urlencode "login:password=demo-password-2026" --data-urlencode "login:signIn=" \
    --data-urlencode "primefaces.nonce=$state_nonce" --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml"
jars=$admin_jar time_page "audit page as it opens (everything)" "admin/audit/search.xhtml"
curl -s -b "$admin_jar" "$base/admin/audit/search.xhtml" > "$work/audit.html"
grep -q 'audit:events' "$work/audit.html" || { echo "could not sign in as clinic.admin or open the audit" >&2; exit 1; }
audit_state=$(grep -o 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' "$work/audit.html" | head -1 | sed 's/.*value="//;s/"$//')
audit_state_nonce=$(grep -o 'nonce="[^"]*"' "$work/audit.html" | head -1 | sed 's/nonce="//;s/"$//')   # primefaces.CSP
audit_search() { # user record from to: the AJAX request of the Search button
    curl -s -o "$work/audit.xml" -b "$admin_jar" -H 'Faces-Request: partial/ajax' -w '%{time_total}\n' \
        --data-urlencode jakarta.faces.partial.ajax=true --data-urlencode jakarta.faces.source=audit:go \
        --data-urlencode "jakarta.faces.partial.execute=audit:go audit:user audit:record audit:from audit:to" \
        --data-urlencode jakarta.faces.partial.render=audit --data-urlencode audit=audit \
        --data-urlencode "audit:user=$1" --data-urlencode "audit:record=$2" --data-urlencode "audit:from_input=$3" \
        --data-urlencode "audit:to_input=$4" --data-urlencode audit:go=audit:go \
        --data-urlencode "primefaces.nonce=$audit_state_nonce" --data-urlencode "jakarta.faces.ViewState=$audit_state" "$base/admin/audit/search.xhtml"
}
week_ago=$(date -d '7 days ago' +%F); today=$(date +%F)
for audit_query in "staff.7||$week_ago|$today" "staff.7|||" "|$busy||" "||$week_ago|$today"; do
    IFS='|' read -r a_user a_record a_from a_to <<< "$audit_query"
    for _ in 1 2 3 4 5; do audit_search "$a_user" "$a_record" "$a_from" "$a_to" > /dev/null; done
    grep -q 'audit:events' "$work/audit.xml" || { echo "the audit search did not answer with events" >&2; exit 1; }
    for _ in $(seq 1 "$requests"); do audit_search "$a_user" "$a_record" "$a_from" "$a_to"; done \
        | stats "audit search user=${a_user:-any} record=${a_record:+mother} from=${a_from:-any}"
done

pid=$(pgrep -f "port $port" | head -1)
echo "server resident memory: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"
