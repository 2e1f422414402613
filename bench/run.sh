#!/usr/bin/env bash
# Project Ledger's benchmark (bench/README.md): builds, starts the standalone service on PostgreSQL,
# loads a portfolio through the write API, measures writes at 1, 8 and 32 clients beside plain JDBC
# inserts of rows shaped like events on the same database, and writes bench/results/latest.md and
# latest.json. Loopback only; every run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

PROJECTS=${BENCH_PROJECTS:-1000}
EVENTS=${BENCH_EVENTS:-1000000}
ASOF_EVENTS=${BENCH_ASOF_EVENTS:-10000}
READ_SECONDS=${BENCH_READ_SECONDS:-10}
RUN_SECONDS=${BENCH_SECONDS:-20}
# Untimed writes at 8 clients before the timed ones, for ours and the peer alike: on 2 cores the
# service reached its steady rate only after about 2.5 minutes of writes (C2 still compiling its hot
# code: 375/s in the first 15-s windows, 755/s from the eighth on; bench/README.md, tenth session).
WARMUP=${BENCH_WARMUP_SECONDS:-150}
CLIENTS=${BENCH_CLIENTS:-1,8,32}
PGHOST=${BENCH_PGHOST:-127.0.0.1}
PGPORT=${BENCH_PGPORT:-5432}
PGUSER=${BENCH_PGUSER:-postgres}
PGPASSWORD=${BENCH_PGPASSWORD:-}
DATABASE=${BENCH_DATABASE:-ledger_bench}
PORT=${BENCH_PORT:-18080}
# The peer (bench/peer): a plain Axon app on a database of its own, driven by the same clients.
PEER_PORT=${BENCH_PEER_PORT:-18090}
PEER_DATABASE=${DATABASE}_peer
PEER_EVENTS=${BENCH_PEER_EVENTS:-100000}
export PGPASSWORD
RESULTS=bench/results
mkdir -p "$RESULTS"

log() { printf '== %s\n' "$*" >&2; }

log "building"
mvn -q -DskipTests -Dspotless.check.skip=true package
mvn -q -DskipTests -f bench/peer/pom.xml package

log "a fresh database $DATABASE on $PGHOST:$PGPORT"
psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)"
psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "CREATE DATABASE $DATABASE"
URL="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE"
# The key that signs the chain's head, as a deployment keeps it: in a file, outside the database.
# The bench runs as the database's owner (ARCHITECTURE.md, "Database roles").
SIGNING_KEY="$RESULTS/chain-signing-key.pem"
[ -f "$SIGNING_KEY" ] || openssl genpkey -algorithm ed25519 -out "$SIGNING_KEY"

# The users' password "bench", stored as bcrypt (cost 10) as in production: each client signs in
# once (POST /api/session) and presents the token it gets; HTTP Basic would pay bcrypt once a minute.
BENCH_HASH='{bcrypt}$2a$10$cmjTaTGFBdEI6uLz4BXpweH/ki6Kfd5qolsWAQyZdxUOlQf4N7NGC'
# Sign-in tokens need a key shared by every node; one node here.
SESSION_KEY="$(head -c 32 /dev/urandom | base64)"

# Both apps run as in a container of 512 MiB, the resident-memory floor: the heap gets half of it,
# as the docker images give it (-XX:MaxRAMPercentage=50); the other half is the JVM's own (metaspace
# about 64 MiB, compiled code 34, symbols 16, thread stacks, the JIT's scratch memory). With under
# 2 GiB the JVM picks the serial collector itself; native memory the JIT frees is handed back every
# 5 s, and glibc keeps two malloc arenas. With -Xmx512m the service peaked at 524 MiB: the heap alone
# may take all 512 MiB. Half the heap is young: a processor's batch of 1,000 events outlived the
# default third, so every young collection copied it and promoted it (a rebuild of 1,000,000 events:
# 711-713 collections, 13.8-14.1 s of pauses, 18-19 of them full; with half, 466-469, 8.6-8.7 s, 5).
JVM_MEMORY=${BENCH_JVM_MEMORY:-"-Xmx256m -XX:+UseSerialGC -XX:NewRatio=1 -XX:TrimNativeHeapInterval=5000"}
export MALLOC_ARENA_MAX=2

start_service() {
  java $JVM_MEMORY ${BENCH_JAVA_OPTS:-} -jar standalone/target/project-ledger.jar \
    --server.port="$PORT" --spring.profiles.active=postgres \
    --spring.datasource.url="$URL" --spring.datasource.username="$PGUSER" --spring.datasource.password="$PGPASSWORD" \
    --ledger.privacy.master-keys.bench="$(head -c 32 /dev/urandom | base64)" --ledger.privacy.master-key-id=bench \
    --ledger.chain.signing-key-file="$SIGNING_KEY" --ledger.security.session-key="$SESSION_KEY" \
    --ledger.users.pmo.password="$BENCH_HASH" --ledger.users.pmo.roles=PMO \
    --ledger.users.manager.password="$BENCH_HASH" --ledger.users.manager.roles=MANAGER \
    --ledger.users.sponsor.password="$BENCH_HASH" --ledger.users.sponsor.roles=SPONSOR \
    --ledger.users.admin.password="$BENCH_HASH" --ledger.users.admin.roles=ADMIN \
    --ledger.security.write-burst=1000000 --ledger.security.writes-per-second=1000000 \
    --ledger.security.read-burst=1000000 --ledger.security.reads-per-second=1000000 \
    ${BENCH_SERVICE_ARGS:-} --logging.level.root=WARN >> "$RESULTS/service.log" 2>&1 &
  SERVICE=$!
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  log "the service did not start"; exit 1
}

# Resident memory of the service, sampled every second; the peak over every run is reported.
sample_memory() {
  (peak=$(cat "$RESULTS/.peak-rss" 2>/dev/null || echo 0); while kill -0 "$1" 2>/dev/null; do
     rss=$(ps -o rss= -p "$1" | tr -d ' '); [ -n "$rss" ] && [ "$rss" -gt "$peak" ] && peak=$rss && echo "$peak" > "$RESULTS/.peak-rss"
     sleep 1; done) &
  SAMPLER=$!
}

log "starting the standalone service on port $PORT"
rm -f "$RESULTS/.peak-rss" "$RESULTS/service.log"
SERVICE=; SAMPLER=
trap 'kill $SERVICE 2>/dev/null || true; kill $SAMPLER 2>/dev/null || true' EXIT
STARTED=$(date +%s.%N)
start_service
STARTUP=$(python3 -c "import time; print(round(time.time() - $STARTED, 1))")
sample_memory $SERVICE

DRIVER=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -n 1)
log "loading $PROJECTS projects, then writes: $WARMUP s untimed at 8 clients, $RUN_SECONDS s per client count ($CLIENTS)"
java -cp "$DRIVER" bench/src/LoadGenerator.java --base "http://127.0.0.1:$PORT" --projects "$PROJECTS" \
  --seconds "$RUN_SECONDS" --clients "$CLIENTS" --warmup "$WARMUP" \
  --jdbc "$URL?user=$PGUSER&password=$PGPASSWORD" > "$RESULTS/.writes.json"
JDBC="$URL?user=$PGUSER&password=$PGPASSWORD"
PSQL=(psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$DATABASE" -v ON_ERROR_STOP=1 -qtA)

log "stopping the service"
kill $SERVICE; wait $SERVICE 2>/dev/null || true; kill $SAMPLER 2>/dev/null || true

start_peer() {
  java $JVM_MEMORY -jar bench/peer/target/axon-peer.jar --server.port="$PEER_PORT" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$PEER_DATABASE" \
    --spring.datasource.username="$PGUSER" --spring.datasource.password="$PGPASSWORD" \
    --logging.level.root=WARN >> "$RESULTS/peer.log" 2>&1 &
  PEER=$!
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$PEER_PORT/admin/replay" >/dev/null 2>&1 && return 0
    sleep 1
  done
  log "the peer did not start"; exit 1
}
log "the peer: a plain Axon app on $PEER_DATABASE, $PROJECTS budgets, then $WARMUP s untimed at 8 clients, $RUN_SECONDS s per client count ($CLIENTS)"
psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "DROP DATABASE IF EXISTS $PEER_DATABASE WITH (FORCE)"
psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "CREATE DATABASE $PEER_DATABASE"
rm -f "$RESULTS/peer.log"
PEER=
trap 'kill $SERVICE 2>/dev/null || true; kill $SAMPLER 2>/dev/null || true; kill $PEER 2>/dev/null || true' EXIT
start_peer
java -cp "$DRIVER" bench/src/LoadGenerator.java --phase peerwrites --base "http://127.0.0.1:$PEER_PORT" \
  --projects "$PROJECTS" --seconds "$RUN_SECONDS" --clients "$CLIENTS" --warmup "$WARMUP" > "$RESULTS/.peer-writes.json"
kill $PEER; wait $PEER 2>/dev/null || true
PEER_PSQL=(psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$PEER_DATABASE" -v ON_ERROR_STOP=1 -qtA)
PEER_TEMPLATE=$("${PEER_PSQL[@]}" -c "SELECT count(*) FROM domain_event_entry")
PEER_ROUNDS=$(( (PEER_EVENTS - PEER_TEMPLATE + PEER_TEMPLATE - 1) / PEER_TEMPLATE ))
[ "$PEER_ROUNDS" -lt 0 ] && PEER_ROUNDS=0
# The last copy is cut to the events still wanted (a prefix of the stream: every budget is created
# before it is updated): after the warm-up the template alone may be half the wanted size or more.
log "growing the peer's store to $PEER_EVENTS events ($PEER_ROUNDS copies of its $PEER_TEMPLATE, the last cut to size), then its rebuild"
{
  echo "CREATE TEMP TABLE template AS SELECT * FROM domain_event_entry ORDER BY global_index;"
  for r in $(seq 1 "$PEER_ROUNDS"); do
    cat <<SQL
CREATE TEMP TABLE ids AS SELECT old_id, gen_random_uuid()::text AS new_id FROM (SELECT DISTINCT aggregate_identifier AS old_id FROM template) t;
INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
SELECT (SELECT max(global_index) FROM domain_event_entry) + row_number() OVER (ORDER BY t.global_index),
       gen_random_uuid()::text, i.new_id, t.sequence_number, t.type, t.time_stamp, t.payload_type, t.payload_revision,
       convert_to(replace(convert_from(t.payload, 'UTF8'), t.aggregate_identifier, i.new_id), 'UTF8'), t.meta_data
FROM template t JOIN ids i ON i.old_id = t.aggregate_identifier
ORDER BY t.global_index LIMIT $(( PEER_EVENTS - r * PEER_TEMPLATE ));
DROP TABLE ids;
SQL
  done
  echo "SELECT setval('domain_event_entry_seq', (SELECT max(global_index) FROM domain_event_entry) + 100);"
} | "${PEER_PSQL[@]}" > /dev/null
start_peer
java -cp "$DRIVER" bench/src/LoadGenerator.java --phase peerrebuild --base "http://127.0.0.1:$PEER_PORT" > "$RESULTS/.peer-rebuild.json"
kill $PEER; wait $PEER 2>/dev/null || true
PEER=

log "growing the store to $EVENTS events by copying the loaded projects under new ids"
TEMPLATE=$("${PSQL[@]}" -c "SELECT count(*) FROM domainevententry")
ROUNDS=$(( (EVENTS - ASOF_EVENTS - TEMPLATE + TEMPLATE - 1) / TEMPLATE ))
[ "$ROUNDS" -lt 0 ] && ROUNDS=0
{
  echo "CREATE TEMP TABLE template AS SELECT * FROM domainevententry ORDER BY globalindex;"
  for r in $(seq 1 "$ROUNDS"); do
    cat <<SQL
CREATE TEMP TABLE ids AS SELECT old_id, gen_random_uuid()::text AS new_id FROM (SELECT DISTINCT aggregateidentifier AS old_id FROM template) t;
INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, payloadtype, payloadrevision, payload, metadata)
SELECT gen_random_uuid()::text, i.new_id, t.sequencenumber, t.type, t.timestamp, t.payloadtype, t.payloadrevision,
       convert_to(regexp_replace(replace(convert_from(t.payload, 'UTF8'), t.aggregateidentifier, i.new_id),
                                 '"code":"([^"]*)"', '"code":"\\1-R$r"'), 'UTF8'),
       t.metadata
FROM template t JOIN ids i ON i.old_id = t.aggregateidentifier ORDER BY t.globalindex;
DROP TABLE ids;
SQL
  done
} | "${PSQL[@]}"
# One project with ASOF_EVENTS events, for the as-of dashboard.
ASOF_PROJECT=$("${PSQL[@]}" <<SQL
WITH p AS (SELECT aggregateidentifier AS id FROM domainevententry WHERE payloadtype LIKE '%DecisionRecorded' ORDER BY globalindex LIMIT 1),
     d AS (SELECT e.* FROM domainevententry e, p WHERE e.aggregateidentifier = p.id AND e.payloadtype LIKE '%DecisionRecorded' ORDER BY e.globalindex LIMIT 1),
     mx AS (SELECT max(sequencenumber) AS s, count(*) AS n FROM domainevententry e, p WHERE e.aggregateidentifier = p.id)
INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, payloadtype, payloadrevision, payload, metadata)
SELECT gen_random_uuid()::text, d.aggregateidentifier, mx.s + g, d.type, d.timestamp, d.payloadtype, d.payloadrevision,
       convert_to(regexp_replace(convert_from(d.payload, 'UTF8'), '"decisionId":"[^"]*"', '"decisionId":"' || gen_random_uuid() || '"'), 'UTF8'),
       d.metadata
FROM d, mx, generate_series(1, GREATEST(0, $ASOF_EVENTS - mx.n::int)) g;
SELECT id FROM (SELECT aggregateidentifier AS id FROM domainevententry WHERE payloadtype LIKE '%DecisionRecorded' ORDER BY globalindex LIMIT 1) p;
SQL
)
TOTAL=$("${PSQL[@]}" -c "SELECT count(*) FROM domainevententry")
log "$TOTAL events; the as-of project $ASOF_PROJECT"

log "the raw limit: a keyset-paged JDBC read of the event table"
java -cp "$DRIVER" bench/src/LoadGenerator.java --phase rawread --jdbc "$JDBC" > "$RESULTS/.rawread.json"

log "rebuilding every read model from the first event (projections cleared, service restarted)"
"${PSQL[@]}" -c "TRUNCATE tokenentry, deadletterentry, portfolio_project, project_item, project_progress, project_cost,
  project_budget_line, project_baseline, project_baseline_item, project_baseline_line, project_change_request, project_risk,
  project_status_report, project_stakeholder, project_tolerance_breach, project_maintenance_activity, audit_entry,
  communication_entry, ledger_chain, portfolio_figures, project_read_cache, project_file_baseline, project_kept_fold,
  project_register_entry, project_summary"
LAUNCHED=$(date +%s%3N)
start_service
sample_memory $SERVICE
java -cp "$DRIVER" bench/src/LoadGenerator.java --phase rebuild --base "http://127.0.0.1:$PORT" \
  --launched "$LAUNCHED" --startup "$STARTUP" > "$RESULTS/.rebuild.json"

log "reads at 8 clients, $READ_SECONDS s each, at $TOTAL events"
java -cp "$DRIVER" bench/src/LoadGenerator.java --phase reads --base "http://127.0.0.1:$PORT" --seconds "$READ_SECONDS" \
  --jdbc "$JDBC" > "$RESULTS/.reads.json"
log "the as-of dashboard of a project with $ASOF_EVENTS events"
java -cp "$DRIVER" bench/src/LoadGenerator.java --phase asof --base "http://127.0.0.1:$PORT" --project "$ASOF_PROJECT" > "$RESULTS/.asof.json"
PGVERSION=$("${PSQL[@]}" -c "SHOW server_version")

PEAK_KIB=$(cat "$RESULTS/.peak-rss" 2>/dev/null || echo 0)
python3 - "$RESULTS" "$PEAK_KIB" "$PGVERSION" "$ASOF_EVENTS" "$WARMUP" <<'PY'
import json, os, platform, subprocess, sys, datetime
results, peak, pg, asof_events, warmup = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
writes = json.load(open(f"{results}/.writes.json"))
rawread = json.load(open(f"{results}/.rawread.json"))
rebuild = json.load(open(f"{results}/.rebuild.json"))
reads = json.load(open(f"{results}/.reads.json"))
asof = json.load(open(f"{results}/.asof.json"))
peer_writes = json.load(open(f"{results}/.peer-writes.json"))
peer_rebuild = json.load(open(f"{results}/.peer-rebuild.json"))
peer_by_clients = {w["clients"]: w["peer"] for w in peer_writes["writes"]}
cpu = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
mem = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
at8 = next((w for w in writes["writes"] if w["clients"] == 8), None)
peer8 = peer_by_clients.get(8)
report = {"ranAt": datetime.datetime.utcnow().replace(microsecond=0).isoformat() + "Z",
          "machine": f"{platform.machine()}, {cpu} cores, {mem} GiB, {platform.system()} {platform.release()}, PostgreSQL {pg}",
          "cores": int(cpu), "memory_gib": mem, "postgresql_version": pg,
          "writes_per_s_8_clients": at8 and at8["ours"]["perSecond"],
          "raw_inserts_per_s_8_clients": at8 and at8["raw"] and at8["raw"]["perSecond"],
          "write_p99_ms_8_clients": at8 and at8["ours"]["p99ms"],
          "rebuild_events_per_s": rebuild["eventsPerSecond"], "rebuild_events": rebuild["events"],
          "raw_read_rows_per_s": rawread["rowsPerSecond"],
          "dashboard_p95_ms": reads["dashboard"]["p95ms"], "schedule_p95_ms": reads["schedule"]["p95ms"],
          "portfolio_p95_ms": reads["portfolio"]["p95ms"], "raw_row_p95_ms": reads["rawRow"]["p95ms"],
          "dashboard_server_p95_ms": reads["server"]["dashboard"]["p95ms"],
          "schedule_server_p95_ms": reads["server"]["schedule"]["p95ms"],
          "portfolio_server_p95_ms": reads["server"]["portfolio"]["p95ms"],
          "asof_dashboard_ms_10k_events": asof["medianMs"] if asof_events == 10000 else None,
          "asof_dashboard_events": asof_events, "asof_dashboard_ms": asof["medianMs"], "asof_dashboard_first_ms": asof["firstMs"],
          "peak_rss_mib": round(peak / 1024, 1),
          "peer_writes_per_s_8_clients": peer8 and peer8["perSecond"],
          "peer_write_p99_ms_8_clients": peer8 and peer8["p99ms"],
          "writes_cold_per_s_8_clients": writes["warmup"] and writes["warmup"]["perSecond"],
          "peer_writes_cold_per_s_8_clients": peer_writes["warmup"] and peer_writes["warmup"]["perSecond"],
          "peer_rebuild_events_per_s": peer_rebuild["eventsPerSecond"], "peer_rebuild_events": peer_rebuild["events"],
          "peer": {"writes": peer_writes, "rebuild": peer_rebuild},
          **writes, "rawRead": rawread, "rebuild": rebuild, "reads": reads, "asOf": asof}
json.dump(report, open(f"{results}/latest.json", "w"), indent=2)
lines = [f"# Benchmark {report['ranAt']}", "", f"Machine: {report['machine']}. Portfolio: {report['projects']} projects "
         f"(loaded in {report['loadSeconds']} s). Peak resident memory of the service: {report['peak_rss_mib']} MiB.", "",
         "| clients | ours: commands/s | p50 ms | p95 ms | p99 ms | raw JDBC inserts/s | ours ÷ raw | peer: commands/s | peer p99 ms | ours ÷ peer |",
         "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
def ratio(a, b):
    return "–" if not a or not b else f"{a / b:.3f}"
for w in report["writes"]:
    o, r = w["ours"], w["raw"] or {}
    p = peer_by_clients.get(w["clients"]) or {}
    lines.append(f"| {w['clients']} | {o['perSecond']} | {o['p50ms']} | {o['p95ms']} | {o['p99ms']} | {r.get('perSecond', '–')} | {w['ratio']} | {p.get('perSecond', '–')} | {p.get('p99ms', '–')} | {ratio(o['perSecond'], p.get('perSecond'))} |")
def server(name):
    s = reads["server"][name]
    return f"{s['p50ms']}/{s['p95ms']}/{s['p99ms']} ms"
lines += ["", "| figure | ours | raw limit beside it | ours ÷ raw | peer | ours ÷ peer |", "| --- | --- | --- | --- | --- | --- |",
          f"| full rebuild of every read model ({rebuild['events']} events; the peer's one projection at {peer_rebuild['events']}) | {rebuild['eventsPerSecond']} events/s ({rebuild['seconds']} s; at the head after: {', '.join(f'{k} {v} s' for k, v in rebuild.get('secondsPerProcessor', {}).items())}) | {rawread['rowsPerSecond']} rows/s (keyset-paged JDBC read) | {ratio(rebuild['eventsPerSecond'], rawread['rowsPerSecond'])} | {peer_rebuild['eventsPerSecond']} events/s ({peer_rebuild['seconds']} s) | {ratio(rebuild['eventsPerSecond'], peer_rebuild['eventsPerSecond'])} |",
          f"| dashboard read, 8 clients, p50/p95/p99 | {reads['dashboard']['p50ms']}/{reads['dashboard']['p95ms']}/{reads['dashboard']['p99ms']} ms; in the service {server('dashboard')} | {reads['rawRow']['p50ms']}/{reads['rawRow']['p95ms']}/{reads['rawRow']['p99ms']} ms (SELECT of a precomputed row) | | – | – |",
          f"| schedule read, 8 clients, p50/p95/p99 | {reads['schedule']['p50ms']}/{reads['schedule']['p95ms']}/{reads['schedule']['p99ms']} ms; in the service {server('schedule')} | | | – | – |",
          f"| portfolio page, 8 clients, p50/p95/p99 | {reads['portfolio']['p50ms']}/{reads['portfolio']['p95ms']}/{reads['portfolio']['p99ms']} ms; in the service {server('portfolio')} | | | – | – |",
          f"| as-of dashboard of a project with {asof_events:,} events | {asof['medianMs']} ms (first {asof['firstMs']} ms) | | | – | – |",
          f"| peak resident memory of the service | {report['peak_rss_mib']} MiB | | | – | – |",
          "", f"Before the timed windows each app took writes at 8 clients, untimed, for {warmup} s (the JIT compiling its hot code):"
              + (f" ours {writes['warmup']['perSecond']}/s, the peer {peer_writes['warmup']['perSecond']}/s over that time." if writes["warmup"] and peer_writes["warmup"] else " none."),
          "", "Writes: a mix of costs (45 %), progress (30 %), cascading reschedules (10 %), decisions (10 %) and change",
          "requests (5 %) over the whole portfolio, each a durable commit. Raw: one insert of an event-shaped row and one",
          "commit per call, same clients, same database. Read latencies are measured by the client over loopback HTTP",
          "and, \"in the service\", from the service's own http.server.requests histogram (the upper bound of the bucket).",
          "The store is grown to its size by copying the loaded projects' events under new ids in SQL; the rebuild",
          "starts from cleared projections and is timed from the service's launch, less its start-up time.",
          "Peer: a plain Axon 4.13 app (bench/peer: one aggregate, Axon's JPA event store with bytea columns, one JPA",
          "projection in Axon's default processor, Spring Boot defaults), as many budgets as our projects, costs 60 % and",
          "progress 40 % with the same clients, on a database of its own; its rebuild is its replay, timed by the client."]
open(f"{results}/latest.md", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
