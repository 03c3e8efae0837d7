#!/usr/bin/env bash
# Benchmark (not a test): throughput of an authenticated API call by token (Authorization: Bearer) and by HTTP Basic,
# beside /health/live, in one run of the built uber-jar on its embedded H2 with the demo data; then how many HTTP
# sessions the server holds (none should come from the API calls). Needs Debian's wrk and a built
# app/target/talent-platform.jar.
# Usage: benchmarks/api-tokens.sh [SECONDS] [CONNECTIONS] [ROUNDS]   (default 20 s and 16 connections per run, 2 rounds;
#        environment: BENCH_DIR, BENCH_HEAP=-Xmx…)
# Each round measures /health/live, then GET /api/v1/accounts (25 accounts, 2.9 kB) and GET
# /api/v1/accounts/city/tokens (a light authenticated GET) by token, back to back, so that each ratio compares runs
# made under the same load from elsewhere; HTTP Basic (PBKDF2 on every call) is measured once, on /api/v1/accounts.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_EACH=${1:-20}
CONNECTIONS=${2:-16}
ROUNDS=${3:-2}
WORK=${BENCH_DIR:-/tmp/talent-bench-tokens}
PORT=18282
BASE=http://localhost:$PORT
JAR=$ROOT/app/target/talent-platform.jar
[ -f "$JAR" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }

cleanup() {
    [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
}
trap cleanup EXIT

rm -rf "$WORK" && mkdir -p "$WORK"
java ${BENCH_HEAP:-} -Dtalent.data.dir="$WORK/data" -jar "$JAR" --port $PORT --nocluster --disablephonehome \
    >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do
    curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break
    sleep 1
done
curl -fs "$BASE/health/ready" >/dev/null || { echo "platform not ready, see $WORK/app.log" >&2; exit 1; }

# a token for the demo account city, issued with its password; the secret is in this answer only
TOKEN=$(curl -fs -u city:Baotou@2022 -H 'Content-Type: application/json' -d '{"name":"benchmark"}' \
    "$BASE/api/v1/accounts/city/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
BEARER="Authorization: Bearer $TOKEN"
BASIC="Authorization: Basic $(printf 'city:Baotou@2022' | base64)"

sessions() {
    jcmd "$APP_PID" GC.class_histogram 2>/dev/null | awk '$4 == "org.apache.catalina.session.StandardSession" {n=$2} END {print n+0}'
}

rate() { # wrk arguments…: prints requests per second
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" "$@" | awk '/Requests\/sec/ {print $2}'
}

echo "sessions before: $(sessions)"
# the JIT warms up on every call measured before anything is measured
wrk -t2 -c"$CONNECTIONS" -d5s "$BASE/health/live" >/dev/null
for path in /api/v1/accounts /api/v1/accounts/city/tokens; do
    wrk -t2 -c"$CONNECTIONS" -d5s -H "$BEARER" "$BASE$path" >/dev/null
done
wrk -t2 -c"$CONNECTIONS" -d5s -H "$BASIC" "$BASE/api/v1/accounts" >/dev/null
printf '%-6s %-14s %-12s %-26s %-12s %-26s\n' round load /health/live "/api/v1/accounts by token" "(ratio)" \
    "…/city/tokens by token (ratio)"
for round in $(seq 1 "$ROUNDS"); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    live=$(rate "$BASE/health/live")
    accounts=$(rate -H "$BEARER" "$BASE/api/v1/accounts")
    tokens=$(rate -H "$BEARER" "$BASE/api/v1/accounts/city/tokens")
    printf '%-6s %-14s %-12s %-26s %-12s %s (%s)\n' "$round" "$load" "$live" "$accounts" \
        "$(awk -v a="$accounts" -v l="$live" 'BEGIN {printf "%.0f%%", 100 * a / l}')" "$tokens" \
        "$(awk -v a="$tokens" -v l="$live" 'BEGIN {printf "%.0f%%", 100 * a / l}')"
done
echo "/api/v1/accounts by HTTP Basic: $(rate -H "$BASIC" "$BASE/api/v1/accounts") req/s"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "sessions after: $(sessions)"
