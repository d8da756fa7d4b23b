#!/usr/bin/env bash
# Starts one clustered Lactation Clinic node (issue 16; deploy/cluster/README.md). Runs in the foreground (exec), so
# systemd or local-cluster.sh owns the JVM's PID. Everything comes from the environment, like the single-server unit
# (deploy/lactation-clinic.env.sample): DB_URL, DB_USER, DB_PASSWORD, AUDIT_HMAC_KEYS, PRODUCTION, ... are read by
# the application; the variables below are read here.
#
#   NODE_NAME          this node's name, unique in the cluster (node1); HAProxy's server name should match
#   HTTP_PORT          plain HTTP, reached only by the load balancer (default 8080)
#   CLUSTER_NAME       the data grid's cluster name; only members with the same name join (required)
#   CLUSTER_INTERFACE  the address of the private interface the data grid binds to (e.g. 10.0.0.11; 127.0.0.1 on
#                      one machine); the grid never listens on any other interface
#   DATAGRID_PORT      the data grid's port on that interface (default 6900)
#   CLUSTER_MEMBERS    every node's CLUSTER_INTERFACE:DATAGRID_PORT, comma-separated (TCP discovery, no multicast)
#   HOST_AWARE         true (default): session backups go to a node on another host; false when all nodes share
#                      one host (local-cluster.sh), or a node's sessions would have no backup at all
#   PAYARA_JAR, CLINIC_WAR, JAVA, JAVA_OPTS   defaults: /opt/lactation-clinic/{payara-micro.jar,lactation-clinic.war},
#                      /opt/lactation-clinic/jdk/bin/java, -Xmx1g -XX:+ExitOnOutOfMemoryError
#
# The same AUDIT_HMAC_KEYS on every node: each node signs audit events that the others verify.
set -euo pipefail
: "${NODE_NAME:?set NODE_NAME}" "${CLUSTER_NAME:?set CLUSTER_NAME}" "${CLUSTER_INTERFACE:?set CLUSTER_INTERFACE}"
: "${CLUSTER_MEMBERS:?set CLUSTER_MEMBERS (host:port,host:port,...)}"
HTTP_PORT=${HTTP_PORT:-8080}
DATAGRID_PORT=${DATAGRID_PORT:-6900}
PAYARA_JAR=${PAYARA_JAR:-/opt/lactation-clinic/payara-micro.jar}
CLINIC_WAR=${CLINIC_WAR:-/opt/lactation-clinic/lactation-clinic.war}
JAVA=${JAVA:-/opt/lactation-clinic/jdk/bin/java}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g -XX:+ExitOnOutOfMemoryError}
host_aware=()
[ "${HOST_AWARE:-true}" = true ] || host_aware=(--nohostaware)

# hazelcast.socket.bind.any=false: bind the grid to CLUSTER_INTERFACE only (Hazelcast binds to 0.0.0.0 otherwise,
# whatever --interfaces says). Open-source Hazelcast 5 has no cluster password: the cluster name keeps unrelated
# clusters apart, and the private interface plus the firewall (README.md) keep strangers out.
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
# hazelcast.max.no.heartbeat.seconds: a node that died without a word (kill -9, power) is dropped from the grid after
# 15 s instead of 60; until then requests that need the sessions it held wait.
# startupThreadPolicy: boot on one thread; with several, HK2 can deadlock and the start hangs (deploy/README.md).
exec "$JAVA" -Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS $JAVA_OPTS -Dhazelcast.socket.bind.any=false -Dhazelcast.max.no.heartbeat.seconds=15 \
    -Dhazelcast.heartbeat.interval.seconds=2 -jar "$PAYARA_JAR" \
    --deploy "$CLINIC_WAR" --contextroot / \
    --name "$NODE_NAME" --port "$HTTP_PORT" \
    --clustername "$CLUSTER_NAME" \
    --clustermode "tcpip:$CLUSTER_MEMBERS" \
    --interfaces "$CLUSTER_INTERFACE" \
    --startport "$DATAGRID_PORT" "${host_aware[@]}"
