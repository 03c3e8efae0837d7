#!/usr/bin/env bash
# Benchmark (not a test): the target report over 100,000 hires and 1,000,000 ledger entries on PostgreSQL.
# Starts a private PostgreSQL cluster and the built uber-jar against it, loads benchmarks/volume.sql, then asks for the
# target report RUNS times and prints each time and the platform's peak heap (from a JFR recording of GC heap
# summaries). Needs Debian's postgresql and a built app/target/talent-platform.jar.
# Usage: benchmarks/target-report.sh [RUNS]   (environment: BENCH_DIR, BENCH_HEAP=-Xmx…, BENCH_YEAR)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-5}
WORK=${BENCH_DIR:-/tmp/talent-bench}
YEAR=${BENCH_YEAR:-2024}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=55433
APP_PORT=18480
JAR=$ROOT/app/target/talent-platform.jar
[ -f "$JAR" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }

cleanup() {
    [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

rm -rf "$WORK" && mkdir -p "$WORK/pg" "$WORK/data" && chown postgres "$WORK/pg" && chmod 700 "$WORK/pg"
# PostgreSQL refuses to run as root: the cluster belongs to the postgres user
runuser -u postgres -- "$PGBIN/initdb" -D "$WORK/pg" -U talent --auth=trust -E UTF8 >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" \
    -o "-p $PGPORT -k /tmp -c shared_buffers=256MB -c fsync=off" start >/dev/null
"$PGBIN/createdb" -h /tmp -p $PGPORT -U talent talent

export TALENT_DB_URL="jdbc:postgresql://localhost:$PGPORT/talent" TALENT_DB_USER=talent TALENT_DB_PASSWORD=talent
export TALENT_CRYPTO_KEY=$(head -c 32 /dev/urandom | base64) TALENT_DATA_DIR=$WORK/data TALENT_DEMO_DATA=true
java ${BENCH_HEAP:-} -jar "$JAR" --port $APP_PORT --nocluster --disablephonehome >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
    curl -fs "http://localhost:$APP_PORT/health/ready" >/dev/null 2>&1 && break
    sleep 1
done
curl -fs "http://localhost:$APP_PORT/health/ready" >/dev/null || { echo "platform not ready, see $WORK/app.log" >&2; exit 1; }

echo "loading volume…"
start=$(date +%s)
psql -q -h /tmp -p $PGPORT -U talent -d talent -f "$ROOT/benchmarks/volume.sql"
echo "loaded in $(( $(date +%s) - start )) s"

url="http://localhost:$APP_PORT/api/v1/reports/targets.pdf?year=$YEAR"
# the heap is recorded only while the reports are made, so boot and loading do not count
jcmd "$APP_PID" JFR.start name=report settings=default filename="$WORK/heap.jfr" >/dev/null
for run in $(seq 1 "$RUNS"); do
    t=$(curl -fsS -u leader:Baotou@2022 -o "$WORK/targets-$run.pdf" -w '%{time_total}' "$url")
    echo "run $run: ${t} s, $(stat -c %s "$WORK/targets-$run.pdf") bytes"
done
pdftotext -l 1 "$WORK/targets-$RUNS.pdf" - 2>/dev/null | head -40 > "$WORK/page1.txt" || true

jcmd "$APP_PID" JFR.stop name=report >/dev/null
jfr print --events jdk.GCHeapSummary "$WORK/heap.jfr" \
    | awk '/heapUsed/ { gsub(/[^0-9.]/, "", $3); v = $3; if ($4 ~ /GB/) v *= 1024; if ($4 ~ /kB/) v /= 1024;
                         if (v > max) max = v } END { printf "peak heap used: %.0f MB\n", max }'
