#!/usr/bin/env bash
# A whole clinic cluster on one machine, over loopback (issue 16): N Payara Micro nodes clustered through the data
# grid on 127.0.0.1, HAProxy in front, the machine's PostgreSQL behind. For trying the cluster out and for the
# failover and throughput scripts; a hospital runs node.sh on each server instead (README.md).
#
#   deploy/cluster/local-cluster.sh up [nodes]     start nodes (default 3) and HAProxy; returns once all are ready
#   deploy/cluster/local-cluster.sh down           stop what "up" started (only the PIDs it wrote down)
#   deploy/cluster/local-cluster.sh status         nodes, their PIDs and readiness, HAProxy's view of them
#   deploy/cluster/local-cluster.sh kill9 nodeN    kill -9 one node (the failover test)
#   deploy/cluster/local-cluster.sh start nodeN    start one node again (after kill9, or for a rolling upgrade)
#   deploy/cluster/local-cluster.sh lb-restart     HAProxy only, with the nodes that "up" or "start" started
#   deploy/cluster/local-cluster.sh drain|ready nodeN   HAProxy: stop sending new sessions to a node / take it back
#
# Settings (environment; defaults are the issue's ports):
#   LB_PORT=8080  NODE_PORTS="8081 8082 8083"  DATAGRID_PORTS="6900 6901 6902"  CLUSTER_NAME=lactation-local
#   DB_URL (default jdbc:postgresql://127.0.0.1:5432/$DB_NAME?currentSchema=$CLUSTER_SCHEMA), DB_NAME=test, CLUSTER_SCHEMA=lactation_cluster,
#   DB_USER=postgres, DB_PASSWORD=, DEMO_DATA=true, NODE_JAVA_OPTS="-Xmx768m", STATE_DIR=target/cluster
# Build first: ./mvnw -DskipTests package (target/payara-micro.jar and target/lactation-clinic.war).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
here=$root/deploy/cluster
LB_PORT=${LB_PORT:-8080}
read -r -a node_ports <<< "${NODE_PORTS:-8081 8082 8083}"
read -r -a grid_ports <<< "${DATAGRID_PORTS:-6900 6901 6902}"
CLUSTER_NAME=${CLUSTER_NAME:-lactation-local}
CLUSTER_SCHEMA=${CLUSTER_SCHEMA:-lactation_cluster}
DB_NAME=${DB_NAME:-test}
export DB_URL=${DB_URL:-jdbc:postgresql://127.0.0.1:5432/$DB_NAME?currentSchema=$CLUSTER_SCHEMA}
export DB_USER=${DB_USER:-postgres} DB_PASSWORD=${DB_PASSWORD:-} DEMO_DATA=${DEMO_DATA:-true}
STATE_DIR=${STATE_DIR:-$PWD/target/cluster}
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
START_TIMEOUT=${START_TIMEOUT:-600}

node_index() { # nodeN -> N-1
    local n=${1#node}
    [[ $n =~ ^[0-9]+$ ]] && [ "$n" -ge 1 ] && [ "$n" -le ${#node_ports[@]} ] || { echo "no such node: $1" >&2; exit 2; }
    echo $((n - 1))
}
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
http_status() { curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" || true; }

members() {
    local list=() i
    for i in "${!grid_ports[@]}"; do list+=("127.0.0.1:${grid_ports[$i]}"); done
    (IFS=,; echo "${list[*]}")
}

start_node() { # nodeN
    local i name=$1 dir
    i=$(node_index "$1")
    dir=$STATE_DIR/$name
    alive "$dir.pid" && { echo "$name already runs (PID $(cat "$dir.pid"))"; return; }
    mkdir -p "$dir/tmp"
    # setsid: the node is not in this script's process group, so a Ctrl-C here does not kill it.
    (cd "$dir" && NODE_NAME=$name HTTP_PORT=${node_ports[$i]} DATAGRID_PORT=${grid_ports[$i]} CLUSTER_NAME=$CLUSTER_NAME \
        CLUSTER_INTERFACE=127.0.0.1 CLUSTER_MEMBERS=$(members) HOST_AWARE=false \
        PAYARA_JAR=$root/target/payara-micro.jar CLINIC_WAR=$root/target/lactation-clinic.war JAVA=$JAVA \
        JAVA_OPTS="${NODE_JAVA_OPTS:--Xmx768m} -Djava.io.tmpdir=$dir/tmp" \
        AUDIT_HMAC_KEYS=$(cat "$STATE_DIR/audit.keys") \
        exec setsid "$here/node.sh" >> "$dir/server.log" 2>&1 < /dev/null) &
    echo $! > "$dir.pid"
    echo "$name: PID $(cat "$dir.pid"), http://127.0.0.1:${node_ports[$i]}/, data grid 127.0.0.1:${grid_ports[$i]}, log $dir/server.log"
}

wait_ready() { # nodeN...: until each answers its sign-in page (the application is deployed and migrated)
    local name i deadline=$((SECONDS + START_TIMEOUT))
    for name in "$@"; do
        i=$(node_index "$name")
        until [ "$(http_status "http://127.0.0.1:${node_ports[$i]}/login.xhtml")" = 200 ]; do
            alive "$STATE_DIR/$name.pid" || { echo "$name died; last lines of its log:" >&2; tail -30 "$STATE_DIR/$name/server.log" >&2; exit 1; }
            [ $SECONDS -lt $deadline ] || { echo "$name not ready after ${START_TIMEOUT}s" >&2; exit 1; }
            sleep 2
        done
        echo "$name ready ($SECONDS s)"
    done
}

health_uri() { # /health/ready when the application serves it, else the sign-in page (said so)
    local status
    status=$(http_status "http://127.0.0.1:${node_ports[0]}/health/ready")
    if [ "$status" = 200 ]; then echo /health/ready
    else echo "note: /health/ready answered $status: HAProxy checks /login.xhtml instead" >&2; echo /login.xhtml; fi
}

start_haproxy() { # nodes...
    local servers="" name i
    for name in "$@"; do
        i=$(node_index "$name")
        servers+="    server $name 127.0.0.1:${node_ports[$i]} check cookie $name"$'\n'
    done
    awk -v state="$STATE_DIR" -v bind="127.0.0.1:$LB_PORT" -v uri="${HEALTH_URI:-$(health_uri)}" -v servers="$servers" \
        '{ gsub("@STATE_DIR@", state); gsub("@LB_BIND@", bind); gsub("@HEALTH_URI@", uri); sub("@SERVERS@", servers); print }' \
        "$here/haproxy.cfg" > "$STATE_DIR/haproxy.cfg"
    haproxy -c -q -f "$STATE_DIR/haproxy.cfg"
    (exec setsid haproxy -db -f "$STATE_DIR/haproxy.cfg" >> "$STATE_DIR/haproxy.log" 2>&1 < /dev/null) &
    echo $! > "$STATE_DIR/haproxy.run.pid"
    sleep 1
    alive "$STATE_DIR/haproxy.run.pid" || { cat "$STATE_DIR/haproxy.log" >&2; exit 1; }
    echo "HAProxy: PID $(cat "$STATE_DIR/haproxy.run.pid"), http://127.0.0.1:$LB_PORT/"
}

haproxy_cmd() { echo "$1" | socat stdio "unix-connect:$STATE_DIR/haproxy.sock"; }

stop_pid_file() { # file: TERM, then KILL after 30 s; only that PID
    local f=$1 pid
    alive "$f" || { rm -f "$f"; return; }
    pid=$(cat "$f")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    rm -f "$f"
}

case "${1:-}" in
up)
    count=${2:-${#node_ports[@]}}
    [ -f target/payara-micro.jar ] && [ -f target/lactation-clinic.war ] || { echo "Build first: ./mvnw -DskipTests package" >&2; exit 1; }
    command -v haproxy > /dev/null || { echo "haproxy is needed: apt-get install -y haproxy" >&2; exit 1; }
    mkdir -p "$STATE_DIR"
    # The database is emptied only by hand; a schema that does not exist yet is created here.
    if [[ $DB_URL == *"currentSchema=$CLUSTER_SCHEMA"* ]] && command -v psql > /dev/null; then
        psql -q -h 127.0.0.1 -U "$DB_USER" -d "$DB_NAME" -c "CREATE SCHEMA IF NOT EXISTS $CLUSTER_SCHEMA" 2>/dev/null || true
    fi
    # One audit key for the whole cluster: every node verifies what the others signed.
    [ -s "$STATE_DIR/audit.keys" ] || (umask 077 && "$root/deploy/generate-audit-key.sh" > "$STATE_DIR/audit.keys")
    nodes=()
    for n in $(seq 1 "$count"); do nodes+=("node$n"); done
    # All nodes start at once: Flyway's lock and the start-up lock (DemoClinicLoader) make one of them migrate
    # and load, the others wait and find the work done.
    for name in "${nodes[@]}"; do start_node "$name"; done
    wait_ready "${nodes[@]}"
    start_haproxy "${nodes[@]}"
    ;;
down)
    stop_pid_file "$STATE_DIR/haproxy.run.pid"
    for f in "$STATE_DIR"/node*.pid; do [ -e "$f" ] && { echo "stopping ${f##*/}"; stop_pid_file "$f"; }; done
    echo "down"
    ;;
status)
    for f in "$STATE_DIR"/node*.pid; do
        [ -e "$f" ] || continue
        name=$(basename "$f" .pid); i=$(node_index "$name")
        if alive "$f"; then echo "$name PID $(cat "$f") login.xhtml: $(http_status "http://127.0.0.1:${node_ports[$i]}/login.xhtml")"
        else echo "$name not running"; fi
    done
    alive "$STATE_DIR/haproxy.run.pid" && haproxy_cmd "show servers state clinic" | awk 'NR > 2 {print "haproxy:", $4, "operational state", $6, "admin state", $7}'
    ;;
kill9)
    node_index "$2" > /dev/null
    alive "$STATE_DIR/$2.pid" && kill -9 "$(cat "$STATE_DIR/$2.pid")" && echo "$2 (PID $(cat "$STATE_DIR/$2.pid")) killed with -9"
    rm -f "$STATE_DIR/$2.pid"
    ;;
start)
    start_node "$2"
    wait_ready "$2"
    ;;
lb-restart) # HAProxy again, e.g. after haproxy.cfg changed
    stop_pid_file "$STATE_DIR/haproxy.run.pid"
    nodes=()
    for f in "$STATE_DIR"/node*.pid; do [ -e "$f" ] && nodes+=("$(basename "$f" .pid)"); done
    start_haproxy "${nodes[@]}"
    ;;
drain) haproxy_cmd "set server clinic/$2 state drain" ;;
ready) haproxy_cmd "set server clinic/$2 state ready" ;;
*)
    sed -n '2,20p' "$0" >&2
    exit 2
    ;;
esac
