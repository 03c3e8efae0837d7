#!/usr/bin/env python3
"""Times refused sign-ins over HTTP Basic: unknown name, wrong password, and an attempt made while the name has to
wait. Run against a throwaway platform started with TALENT_TRUSTED_PROXIES=127.0.0.1, so that each attempt can come
from an address of its own (X-Forwarded-For) and the throttle per address stays out of the way:

    python3 benchmarks/signin-timing.py http://localhost:18090 [rounds]

Prints median and 90th percentile per kind, and whether every answer was the same 401."""
import base64, http.client, statistics, sys, time, urllib.parse

base = urllib.parse.urlsplit(sys.argv[1])
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 50
ACCOUNTS = ["city", "leader", "cityfinance", "kundulun", "rezone", "jiuyuan", "kundulunfinance", "rezonefinance",
            "hr", "education", "health", "science", "rezonehr", "magnet", "hydrogen", "catalyst", "polish", "industry"]
WAITING = "market"


def attempt(user, password, address):
    auth = base64.b64encode(f"{user}:{password}".encode()).decode()
    c = http.client.HTTPConnection(base.hostname, base.port, timeout=60)
    start = time.perf_counter()
    c.request("GET", "/api/v1/notifications", headers={"Authorization": "Basic " + auth, "X-Forwarded-For": address})
    r = c.getresponse()
    body = r.read()
    ms = (time.perf_counter() - start) * 1000
    c.close()
    return ms, r.status, body, r.getheader("WWW-Authenticate")


# eight failures of one name, each counted (3 free, then waits of 1, 2, 4 and 8 s): it waits 30 s after the last
for i in range(8):
    if i >= 3:
        time.sleep((1 << (i - 3)) + 0.2)
    attempt(WAITING, "wrong", f"10.200.0.{i}")
for i in range(3):  # warm up
    attempt(f"warm-{i}", "wrong", f"10.201.0.{i}")

times = {"unknown": [], "wrong": [], "waiting": []}
answers = set()
# first the attempts during the wait, which must all fall within its 30 s; then the others, interleaved
start = time.monotonic()
for i in range(rounds):
    ms, status, body, challenge = attempt(WAITING, "wrong-password", f"10.202.0.{i}")
    times["waiting"].append(ms)
    answers.add((status, body, challenge))
waited = time.monotonic() - start
for i in range(rounds):
    for kind, user in (("unknown", f"nobody-{i}"), ("wrong", ACCOUNTS[i % len(ACCOUNTS)])):
        ms, status, body, challenge = attempt(user, "wrong-password", f"10.203.{i}.{len(kind)}")
        times[kind].append(ms)
        answers.add((status, body, challenge))
for kind, ms in times.items():
    q = statistics.quantiles(ms, n=10)
    print(f"{kind:8} n={len(ms)} median={statistics.median(ms):.1f} ms p90={q[8]:.1f} ms")
print(f"distinct answers: {len(answers)} {[a[0] for a in answers]}; the attempts during the wait took {waited:.1f} s of its 30 s")
