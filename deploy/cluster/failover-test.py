#!/usr/bin/env python3
"""Failover and concurrency test of a running local cluster (issue 16; deploy/cluster/README.md).

    deploy/cluster/local-cluster.sh up && deploy/cluster/failover-test.py [races]

Same settings as local-cluster.sh (LB_PORT, NODE_PORTS, CLUSTER_SCHEMA, DB_NAME, STATE_DIR). Loopback only; every request has
a 60 s time-out and the whole test stops after TEST_TIMEOUT seconds (default 900). It kills one node with kill -9 and
starts it again. Prints what it checks; exit status 0 when every check held.

1. Payara issue 6342: a session signed in on one node asks a consultant page and an admin page on the others.
2. Failover: a consultant signs in through HAProxy, starts a consultation, saves twice and autosaves; the node serving
   her is killed with kill -9; her next save must be answered by another node, signed in, with no 403, and taken
   (not refused as a conflict); every acknowledged save is in the database.
3. Races: pairs of consultants on different sessions (so usually different nodes) load the same draft and save it at
   the same moment; each race must have exactly one winner, the loser told to reload, the database holding the winner's
   text and one version step per win.
4. The audit chain verifies (AuditChainCheck, the application's own verifier), and its events have distinct
   predecessors and gapless sequence numbers.
"""
import concurrent.futures
import os
import re
import signal
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clinic_client import Browser  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LB = f"http://127.0.0.1:{os.environ.get('LB_PORT', '8080')}"
PORTS = os.environ.get("NODE_PORTS", "8081 8082 8083").split()
NODES = {f"node{i + 1}": f"http://127.0.0.1:{p}" for i, p in enumerate(PORTS)}
SCHEMA = os.environ.get("CLUSTER_SCHEMA", "lactation_cluster")
DB_NAME = os.environ.get("DB_NAME", "test")
STATE = os.environ.get("STATE_DIR", os.path.join(ROOT, "target", "cluster"))
CLUSTER = os.path.join(ROOT, "deploy", "cluster", "local-cluster.sh")
failures = []


def check(ok, what):
    print(("PASS " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)
    return ok


def sql(query):
    out = subprocess.run(["psql", "-X", "-At", "-h", "127.0.0.1", "-U", os.environ.get("DB_USER", "postgres"), "-d", DB_NAME,
                          "-c", f"set search_path = {SCHEMA}", "-c", query], capture_output=True, text=True, check=True)
    return [line for line in out.stdout.splitlines() if line != "SET"]


def start_consultation(b, mother_index=0):
    status, page = b.get("dyad/search.xhtml")
    mothers = sorted(set(re.findall(r'dyad/overview.xhtml\?mother=([0-9a-f-]{36})', page)))
    mother = mothers[mother_index % len(mothers)]
    b.get(f"dyad/overview.xhtml?mother={mother}")
    status, answer = b.ajax("overview", "overview:startConsultation", execute="overview:startConsultation", render="")
    target = Browser.partial_redirect(answer)
    assert target, f"starting a consultation answered {status}: {answer[:300]}"
    status, page = b.get(target)
    assert status == 200 and 'id="visit"' in page, f"the consultation page answered {status}"
    return re.search(r"consultation=([0-9a-f-]{36})", target).group(1)


def save(b, text):
    """Save with the subjective note set to text; True when the page acknowledged it (no conflict, no error)."""
    status, answer = b.ajax("visit", "visit:save", {"visit:subjective": text})
    if status != 200:
        return False, f"HTTP {status}"
    if Browser.partial_redirect(answer):
        return False, "redirected to " + Browser.partial_redirect(answer)
    if Browser.validation_failed(answer) or 'id="visit:reload"' in answer:
        return False, "refused (conflict)" if 'id="visit:reload"' in answer else "refused"
    # The view state stays the same (server-side state saving); the version the form was loaded at is the page's.
    if "Draft saved" not in answer:
        return False, "no acknowledgement: " + re.sub(r"<[^>]+>", " ", answer)[:200]
    return True, "saved"


def autosave(b, text):
    """The page's autosave (its p:remoteCommand lcAutosave), as autosave.js posts it."""
    source = re.search(r'lcAutosave = function\(\) \{return PrimeFaces.ab\(\{s:"([^"]+)"', b.page).group(1)
    status, answer = b.ajax("visit", source, {"visit:subjective": text}, render="visit:autosave visit:reloadHolder visit:actionErrors")
    return status == 200 and not Browser.validation_failed(answer) and not Browser.partial_redirect(answer), status


def payara_6342():
    print("== 1. Payara issue 6342: roles of a session signed in on another node")
    names = list(NODES)
    for user, page in (("ana.lopez", "dyad/search.xhtml"), ("grace.okafor", "admin/settings/edit.xhtml")):
        b = Browser(NODES[names[0]], user)
        check(b.sign_in(user), f"{user} signs in on {names[0]} (HttpAuthenticationMechanism)")
        for name in names[1:]:
            status, text = b.get(page, base=NODES[name])
            check(status == 200 and "login.xhtml" not in (b.page_path or "") and 'id="login"' not in text,
                  f"{page} on {name} with {names[0]}'s session cookie: HTTP {status}, signed in, no 403")


def failover():
    print("== 2. Failover: the node serving a consultant is killed with kill -9")
    b = Browser(LB, "ana")
    check(b.sign_in("ana.lopez"), "ana.lopez signs in through HAProxy")
    consultation = start_consultation(b)
    acknowledged = []
    for text in ("Failover: sore left nipple since day 3", "Failover: sore left nipple since day 3, worse at night"):
        ok, why = save(b, text)
        check(ok, f"save on {b.node()}: {why}")
        if ok:
            acknowledged.append(text)
    ok, status = autosave(b, "Failover: typed after the last save, autosaved")
    check(ok, f"autosave on {b.node()}: HTTP {status}")
    autosaved = "Failover: typed after the last save, autosaved" if ok else None
    victim = b.node()
    subprocess.run([CLUSTER, "kill9", victim], check=True)
    killed_at = time.monotonic()
    text = "Failover: first save after the node died"
    ok, why = save(b, text)
    after = b.node()
    print(f"     next save answered by {after} after {time.monotonic() - killed_at:.1f} s: {why}")
    check(after != victim, f"the next request went to another node ({after}, not {victim})")
    # Her page reached the other node as it was after her last request (web.ViewStateReplication marks the session
    # changed after every page request; her view-scoped beans serialize, web.ViewScopedPage): the save is taken.
    check(ok, f"the first save after the failover is taken, not refused ({why})")
    if ok:
        acknowledged.append(text)
        stored = sql(f"select subjective from consultation where uuid = '{consultation}'")
        check(stored == [text], f"the draft holds the text of the save after the failover ({stored})")
    else:
        # The save did not go through: she reopens the page (signing in again if her session did not survive) and
        # must find her autosaved draft.
        status, page = b.get(f"consultation/edit.xhtml?consultation={consultation}")
        still = status == 200 and 'id="visit"' in page
        print(f"     after the refused save ({why}) she reopens her consultation: "
              + ("still signed in" if still else "her session is gone, she signs in again"))
        if not still:
            check(b.sign_in("ana.lopez"), "she signs in again")
            status, page = b.get(f"consultation/edit.xhtml?consultation={consultation}")
        check(status == 200 and 'id="visit"' in page, "her consultation opens on the node that took over")
        check(autosaved is None or autosaved in page, "her autosaved draft comes back")
    status, page = b.get(f"consultation/edit.xhtml?consultation={consultation}")
    check(status == 200 and 'id="visit"' in page, f"the consultation page answers on {b.node()} (HTTP {status})")
    stored = set(sql(f"select a.subjective from consultation_aud a join consultation c on c.id = a.id "
                     f"where c.uuid = '{consultation}' and a.subjective is not null"))
    missing = [t for t in acknowledged if t not in stored]
    check(not missing, f"every acknowledged save ({len(acknowledged)}) is in the database" + (f"; missing {missing}" if missing else ""))
    check(not b.forbidden(), f"no request got a 403 ({len(b.statuses)} requests: " +
          ", ".join(f"{m} {p.split('/')[-1]} {s} {n}" for m, p, s, n, _ in b.statuses[-6:]) + ")")
    subprocess.run([CLUSTER, "start", victim], check=True)
    return victim


def races(count):
    print(f"== 3. {count} races of two saves on the same draft ({2 * count} concurrent saves over the nodes)")
    drafts = []
    owner = Browser(LB, "owner")
    owner.sign_in("ana.lopez")
    for i in range(max(1, count // 10)):
        drafts.append(start_consultation(owner, i))
    results = []

    def rounds(d, ids):
        """The races on draft d, one after another, by two sessions signed in once (each lands on a node of its own
        by HAProxy's round robin)."""
        consultation = drafts[d]
        contenders = [Browser(LB, f"d{d}a"), Browser(LB, f"d{d}b")]
        for c in contenders:
            assert c.sign_in("ana.lopez")
        out = []
        for i in ids:
            for c in contenders:  # both load the draft at the same version
                status, _ = c.get(f"consultation/edit.xhtml?consultation={consultation}")
                assert status == 200, f"race {i}: the page answered {status}"
            barrier = threading.Barrier(2)
            outcome = [None, None]

            def go(k):
                barrier.wait()
                outcome[k] = save(contenders[k], f"Race {i} contender {k}")

            threads = [threading.Thread(target=go, args=(k,)) for k in range(2)]
            [t.start() for t in threads]
            [t.join() for t in threads]
            out.append((i, consultation, outcome, [c.node() for c in contenders], sum(len(c.forbidden()) for c in contenders)))
        return out

    # Races on one draft run one after another; different drafts race at the same time.
    by_draft = {}
    for i in range(count):
        by_draft.setdefault(i % len(drafts), []).append(i)
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(by_draft)) as pool:
        for f in [pool.submit(rounds, d, ids) for d, ids in by_draft.items()]:
            results.extend(f.result())
    one_winner = sum(1 for r in results if [ok for ok, _ in r[2]].count(True) == 1)
    cross_node = sum(1 for r in results if r[3][0] != r[3][1])
    check(one_winner == count, f"exactly one winner in {one_winner} of {count} races ({cross_node} races across two nodes)")
    for r in results:
        if [ok for ok, _ in r[2]].count(True) != 1:
            print(f"     race {r[0]}: {r[2]} on {r[3]}")
    check(sum(r[4] for r in results) == 0, "no 403 in any race")
    lost = 0
    for d, consultation in enumerate(drafts):
        last = [r for r in results if r[1] == consultation][-1]
        winner = [k for k, (ok, _) in enumerate(last[2]) if ok]
        stored = sql(f"select subjective from consultation where uuid = '{consultation}'")[0]
        if not winner or stored != f"Race {last[0]} contender {winner[0]}":
            lost += 1
            print(f"     draft {consultation}: stored {stored!r}, last race {last[0]} outcome {last[2]}")
    check(lost == 0, f"each draft holds the text of its last race's winner ({len(drafts)} drafts): no lost update")
    wins = sum(1 for r in results if [ok for ok, _ in r[2]].count(True) == 1)
    revisions = int(sql("select count(*) from consultation_aud a join consultation c on c.id = a.id where c.uuid in (" +
                        ",".join(f"'{d}'" for d in drafts) + ") and a.subjective like 'Race %'")[0])
    check(revisions == wins, f"one revision per winning save ({revisions} revisions, {wins} wins)")


def audit_chain():
    print("== 4. Audit chain")
    dup = sql("select count(*) - count(distinct prev_hash) from audit_event")[0]
    gaps = sql("select max(sequence_number) - min(sequence_number) + 1 - count(*) from audit_event")[0]
    check(dup == "0", f"no two audit events with the same predecessor ({sql('select count(*) from audit_event')[0]} events)")
    check(gaps == "0", "sequence numbers without gaps")
    war = os.path.join(ROOT, "target", "lactation-clinic", "WEB-INF")
    env = dict(os.environ, AUDIT_HMAC_KEYS=open(os.path.join(STATE, "audit.keys")).read().strip())
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if "JAVA_HOME" in os.environ else "java"
    out = subprocess.run([java, "-cp", f"{war}/classes:{war}/lib/*", "org.lactationclinic.infrastructure.security.AuditChainCheck",
                          f"jdbc:postgresql://127.0.0.1:5432/{DB_NAME}?currentSchema={SCHEMA}", os.environ.get("DB_USER", "postgres"), ""],
                         capture_output=True, text=True, env=env)
    print("     " + (out.stdout + out.stderr).strip().replace("\n", "\n     "))
    check(out.returncode == 0, "AuditChainCheck: the chain verifies")


def main():
    signal.alarm(int(os.environ.get("TEST_TIMEOUT", "900")))
    started = time.monotonic()
    payara_6342()
    failover()
    races(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
    audit_chain()
    print(f"{'ALL PASSED' if not failures else f'{len(failures)} FAILED'} in {time.monotonic() - started:.0f} s")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
