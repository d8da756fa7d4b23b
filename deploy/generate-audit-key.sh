#!/bin/sh
# Prints a new audit key, id:base64 (32 random bytes), named after today. Issue 15; deploy/README.md, "Audit key".
#   ./generate-audit-key.sh > /etc/lactation-clinic/audit-hmac.key   (as root, umask 077)
set -eu
printf 'k%s:%s\n' "$(date -u +%Y%m%d)" "$(head -c 32 /dev/urandom | base64 | tr -d '\n')"
