#!/usr/bin/env bash
# Benchmark (not a test): throughput of an authenticated API call by token (Authorization: Bearer) and by HTTP Basic,
# beside /health/live, in one run of the built uber-jar on its embedded H2 with the demo data; then how many HTTP
# sessions the server holds (none should come from the API calls). Needs Debian's wrk and a built
# app/target/talent-platform.jar.
# Usage: benchmarks/api-tokens.sh [SECONDS] [CONNECTIONS]   (default 20 s and 16 connections each;
#        environment: BENCH_DIR, BENCH_HEAP=-Xmx…, BENCH_PATH, the authenticated GET, default /api/v1/accounts)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_EACH=${1:-20}
CONNECTIONS=${2:-16}
WORK=${BENCH_DIR:-/tmp/talent-bench-tokens}
CALL=${BENCH_PATH:-/api/v1/accounts}
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

rate() { # label, wrk arguments…: prints the label and requests per second
    local label=$1
    shift
    local out
    out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$@")
    printf '%-28s %10s req/s   median %8s   errors: %s\n' "$label" \
        "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" "$(awk '$1 == "50%" {print $2}' <<<"$out")" \
        "$(grep -Eo 'Non-2xx or 3xx responses: [0-9]+|Socket errors: .*' <<<"$out" | tr '\n' ' ' || true)"
}

echo "sessions before: $(sessions)"
# the JIT warms up on all three before anything is measured
for h in "" "$BEARER" "$BASIC"; do
    if [ -z "$h" ]; then wrk -t2 -c"$CONNECTIONS" -d5s "$BASE/health/live" >/dev/null
    else wrk -t2 -c"$CONNECTIONS" -d5s -H "$h" "$BASE$CALL" >/dev/null; fi
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
rate "/health/live" "$BASE/health/live"
rate "$CALL by token" -H "$BEARER" "$BASE$CALL"
rate "$CALL by HTTP Basic" -H "$BASIC" "$BASE$CALL"
rate "/health/live again" "$BASE/health/live"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "sessions after: $(sessions)"
