#!/usr/bin/env python3
"""Checks that sign-in throttling is shared by the nodes (issue 16; docs/security.md, section 2).

Usage: deploy/cluster/throttle-across-nodes.py [USERNAME] http://127.0.0.1:8081 http://127.0.0.1:8082 ...

Sends wrong passwords for USERNAME (default ana.lopez, from the demo clinic) to the nodes in turn, directly, not
through the balancer, waiting out the delays the throttle asks for, until 10 failures were counted; then the right
password to every node once the longest delay (60 s) is over. Passes (exit 0) when every node still refuses it as
"too many sign-in attempts": the failures split between the nodes locked the account on all. With per-node counts
(before issue 16's change) each node has counted 5 failures, and the right password signs in (exit 1). Leaves the account locked for 15 minutes: an admin lifts it on the staff
list. Loopback and demo data only.
"""
import sys
import time

from clinic_client import Browser, PASSWORD

LOCK_AFTER = 10
MAX_DELAY_SECONDS = 60
args = sys.argv[1:]
user = args.pop(0) if args and not args[0].startswith("http") else "ana.lopez"
nodes = [a.rstrip("/") for a in args]
if len(nodes) < 2:
    sys.exit(__doc__)


def attempt(base, password):
    """Signs in directly on one node; returns (signed in, refused as too many)."""
    b = Browser(base)
    status, page = b.get("login.xhtml")
    data = {"login": "login", "login:username": user, "login:password": password, "login:signIn": "",
            "primefaces.nonce": b.nonce(page), "jakarta.faces.ViewState": b.view_state(page)}
    status, text, location = b.request("login.xhtml", data)
    if status in (302, 303):
        status, text = b.get(location if location.startswith("http") else base + "/" + location.lstrip("/"))
    return "logout" in text.lower() or "sign out" in text.lower(), "Too many sign-in attempts" in text


counted, start = [], time.monotonic()
while len(counted) < LOCK_AFTER and time.monotonic() - start < 300:
    base = nodes[len(counted) % len(nodes)]
    signed_in, refused = attempt(base, "not-" + PASSWORD)
    if signed_in:
        sys.exit(f"{base} let a wrong password in")
    if refused:
        time.sleep(1)  # the throttle's delay, set by a failure on any node
        continue
    counted.append((len(counted) + 1, base, round(time.monotonic() - start, 1)))
print("counted failures (n, node, seconds):", counted)
# A delay also answers "too many sign-in attempts": wait out the longest (60 s), so only a lock still refuses.
time.sleep(MAX_DELAY_SECONDS + 1)
failed = False
for base in nodes:
    signed_in, refused = attempt(base, PASSWORD)
    print(f"{base}: right password after {len(counted)} failures split between the nodes:",
          "refused, locked" if refused else ("signed in" if signed_in else "neither"))
    failed |= not refused
sys.exit(1 if failed or len(counted) < LOCK_AFTER else 0)
