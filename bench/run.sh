#!/usr/bin/env bash
# Project Ledger's benchmark (bench/README.md): builds, starts the standalone service on PostgreSQL,
# loads a portfolio through the write API, measures writes at 1, 8 and 32 clients beside plain JDBC
# inserts of rows shaped like events on the same database, and writes bench/results/latest.md and
# latest.json. Loopback only; every run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

PROJECTS=${BENCH_PROJECTS:-1000}
RUN_SECONDS=${BENCH_SECONDS:-20}
CLIENTS=${BENCH_CLIENTS:-1,8,32}
PGHOST=${BENCH_PGHOST:-127.0.0.1}
PGPORT=${BENCH_PGPORT:-5432}
PGUSER=${BENCH_PGUSER:-postgres}
PGPASSWORD=${BENCH_PGPASSWORD:-}
DATABASE=${BENCH_DATABASE:-ledger_bench}
PORT=${BENCH_PORT:-18080}
export PGPASSWORD
RESULTS=bench/results
mkdir -p "$RESULTS"

log() { printf '== %s\n' "$*" >&2; }

log "building"
mvn -q -DskipTests -Dspotless.check.skip=true package

log "a fresh database $DATABASE on $PGHOST:$PGPORT"
psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)"
psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "CREATE DATABASE $DATABASE"
URL="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE"

log "starting the standalone service on port $PORT"
java -Xmx512m -jar standalone/target/project-ledger.jar \
  --server.port="$PORT" --spring.profiles.active=postgres \
  --spring.datasource.url="$URL" --spring.datasource.username="$PGUSER" --spring.datasource.password="$PGPASSWORD" \
  --ledger.users.pmo.password='{noop}bench' --ledger.users.pmo.roles=PMO \
  --ledger.users.manager.password='{noop}bench' --ledger.users.manager.roles=MANAGER \
  --ledger.users.sponsor.password='{noop}bench' --ledger.users.sponsor.roles=SPONSOR \
  --ledger.security.write-burst=1000000 --ledger.security.writes-per-second=1000000 \
  --logging.level.root=WARN > "$RESULTS/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true; kill $SAMPLER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done

# Resident memory of the service, sampled every second; the peak is reported.
(peak=0; while kill -0 $SERVICE 2>/dev/null; do
   rss=$(ps -o rss= -p $SERVICE | tr -d ' '); [ -n "$rss" ] && [ "$rss" -gt "$peak" ] && peak=$rss && echo "$peak" > "$RESULTS/.peak-rss"
   sleep 1; done) &
SAMPLER=$!

DRIVER=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -n 1)
log "loading $PROJECTS projects, then $RUN_SECONDS s per client count ($CLIENTS)"
java -cp "$DRIVER" bench/src/LoadGenerator.java --base "http://127.0.0.1:$PORT" --projects "$PROJECTS" \
  --seconds "$RUN_SECONDS" --clients "$CLIENTS" \
  --jdbc "$URL?user=$PGUSER&password=$PGPASSWORD" > "$RESULTS/.writes.json"

PEAK_KIB=$(cat "$RESULTS/.peak-rss" 2>/dev/null || echo 0)
python3 - "$RESULTS" "$PEAK_KIB" <<'PY'
import json, platform, subprocess, sys, datetime
results, peak = sys.argv[1], int(sys.argv[2])
writes = json.load(open(f"{results}/.writes.json"))
cpu = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
report = {"ranAt": datetime.datetime.utcnow().replace(microsecond=0).isoformat() + "Z",
          "machine": f"{platform.machine()}, {cpu} cores, {platform.system()} {platform.release()}",
          **writes, "peakResidentMiB": round(peak / 1024, 1)}
json.dump(report, open(f"{results}/latest.json", "w"), indent=2)
lines = [f"# Benchmark {report['ranAt']}", "", f"Machine: {report['machine']}. Portfolio: {report['projects']} projects "
         f"(loaded in {report['loadSeconds']} s). Peak resident memory of the service: {report['peakResidentMiB']} MiB.", "",
         "| clients | ours: commands/s | p50 ms | p95 ms | p99 ms | raw JDBC inserts/s | ours ÷ raw |", "| --- | --- | --- | --- | --- | --- | --- |"]
for w in report["writes"]:
    o, r = w["ours"], w["raw"] or {}
    lines.append(f"| {w['clients']} | {o['perSecond']} | {o['p50ms']} | {o['p95ms']} | {o['p99ms']} | {r.get('perSecond', '–')} | {w['ratio']} |")
lines += ["", "Writes: a mix of costs (45 %), progress (30 %), cascading reschedules (10 %), decisions (10 %) and change",
          "requests (5 %) over the whole portfolio, each a durable commit. Raw: one insert of an event-shaped row and one",
          "commit per call, same clients, same database. Rebuild, read and as-of figures are not measured yet."]
open(f"{results}/latest.md", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
