import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator of bench/run.sh: loads a portfolio through the write API, then drives a mix
 * of commands at 1, 8 and 32 clients for a bounded time and, beside it, plain JDBC inserts of rows
 * shaped like events, one per transaction, with the same clients. Loopback only; bounded in time.
 * Prints one JSON object.
 */
public class LoadGenerator {

  static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

  record Project(String path, String line, List<String> work) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String base = options.getOrDefault("base", "http://127.0.0.1:18080");
    int projects = Integer.parseInt(options.getOrDefault("projects", "1000"));
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "0"));
    int[] clients = Arrays.stream(options.getOrDefault("clients", "1,8,32").split(",")).mapToInt(Integer::parseInt).toArray();
    String jdbc = options.get("jdbc");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    switch (options.getOrDefault("phase", "writes")) {
      case "rawread" -> {
        System.out.println(rawRead(jdbc));
        return;
      }
      case "rebuild" -> {
        System.out.println(rebuild(http, base, Long.parseLong(options.get("launched")), Double.parseDouble(options.get("startup"))));
        return;
      }
      case "reads" -> {
        System.out.println(reads(http, base, jdbc, seconds));
        return;
      }
      case "asof" -> {
        System.out.println(asOf(http, base, options.get("project")));
        return;
      }
      case "peerwrites" -> {
        System.out.println(peerWrites(http, base, projects, seconds, clients, warmup));
        return;
      }
      case "peerrebuild" -> {
        System.out.println(peerRebuild(http, base));
        return;
      }
      default -> {
        // the writes, below
      }
    }

    long loadStart = System.nanoTime();
    List<Project> portfolio = load(http, base, projects);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

    // Untimed first: the same mix at 8 clients, so that the timed windows measure the service as it
    // runs once its hot code is compiled (bench/README.md), as the reads phase does; the peer gets
    // the same. Its rate is reported as the cold one.
    Result cold = warmup > 0 ? drive(8, warmup, () -> command(http, base, portfolio)) : null;
    StringBuilder json = new StringBuilder("{\"projects\":" + projects + ",\"loadSeconds\":" + round(loadSeconds)
        + ",\"warmup\":" + Result.json(cold) + ",\"writes\":[");
    for (int i = 0; i < clients.length; i++) {
      Result ours = drive(clients[i], seconds, () -> command(http, base, portfolio));
      Result raw = jdbc == null ? null : rawInserts(jdbc, clients[i], seconds);
      json.append(i == 0 ? "" : ",")
          .append("{\"clients\":").append(clients[i])
          .append(",\"ours\":").append(ours.json())
          .append(",\"raw\":").append(raw == null ? "null" : raw.json())
          .append(",\"ratio\":").append(raw == null ? "null" : round(ours.perSecond() / raw.perSecond()))
          .append("}");
    }
    System.out.println(json.append("]}"));
  }

  interface Call {
    boolean run() throws Exception;
  }

  record Result(long ok, long failed, double seconds, long[] latenciesMicros) {
    double perSecond() {
      return ok / seconds;
    }

    double percentile(double p) {
      if (latenciesMicros.length == 0) {
        return 0;
      }
      return latenciesMicros[(int) Math.min(latenciesMicros.length - 1, Math.floor(p * latenciesMicros.length))] / 1000.0;
    }

    /** The result's JSON, or null where there is none (no warm-up). */
    static String json(Result result) {
      return result == null ? "null" : result.json();
    }

    String json() {
      return String.format(
          Locale.ROOT,
          "{\"ok\":%d,\"failed\":%d,\"perSecond\":%.1f,\"p50ms\":%.2f,\"p95ms\":%.2f,\"p99ms\":%.2f}",
          ok, failed, perSecond(), percentile(0.50), percentile(0.95), percentile(0.99));
    }
  }

  /** Thrown by a call when there is nothing left to do: its client stops. */
  static final class StopDriving extends RuntimeException {}

  static Result drive(int clients, int seconds, Call call) throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      Thread thread =
          new Thread(
              () -> {
                while (System.nanoTime() < deadline) {
                  long t0 = System.nanoTime();
                  try {
                    if (call.run()) {
                      ok.incrementAndGet();
                      latencies.add((System.nanoTime() - t0) / 1000);
                    } else {
                      failed.incrementAndGet();
                    }
                  } catch (StopDriving done) {
                    break;
                  } catch (Exception e) {
                    failed.incrementAndGet();
                  }
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Result(ok.get(), failed.get(), (System.nanoTime() - start) / 1e9, sorted);
  }

  /** Loads the portfolio with {@code LOADERS} clients at once, each project by one of them. */
  static List<Project> load(HttpClient http, String base, int count) throws Exception {
    String code = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
    Project[] loaded = new Project[count];
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> loaders = new ArrayList<>();
    for (int t = 0; t < LOADERS; t++) {
      Thread loader =
          new Thread(
              () -> {
                for (int i = next.getAndIncrement(); i < count && failures.isEmpty(); i = next.getAndIncrement()) {
                  try {
                    loaded[i] = loadOne(http, base, code, i);
                  } catch (Throwable e) {
                    failures.add(e);
                  }
                }
              });
      loader.start();
      loaders.add(loader);
    }
    for (Thread loader : loaders) {
      loader.join();
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("Loading the portfolio failed", failures.get(0));
    }
    return List.of(loaded);
  }

  static final int LOADERS = 8;

  /** One project: charter, a budget line, five work packages, a signed baseline. */
  static Project loadOne(HttpClient http, String base, String code, int i) throws Exception {
    String charter =
        "{\"code\":\"B%s-%d\",\"name\":\"Bench %d\",\"sponsor\":\"sponsor\",\"manager\":\"manager\",\"currency\":\"EUR\","
                .formatted(code, i, i)
            + "\"plannedStart\":\"2026-01-01\",\"plannedFinish\":\"2027-12-31\",\"tolerances\":{\"scheduleDays\":3650,\"costPercent\":1000}}";
    String project = "/api/projects/" + id(post(http, base, "pmo", "/api/projects", charter));
    String line = id(post(http, base, "manager", project + "/budget-lines", "{\"category\":\"LABOUR\",\"amount\":10000000}"));
    List<String> work = new ArrayList<>();
    for (int w = 0; w < 5; w++) {
      work.add(
          id(
              post(
                  http,
                  base,
                  "manager",
                  project + "/work-packages",
                  "{\"name\":\"WP %d\",\"plannedStart\":\"2026-%02d-01\",\"plannedFinish\":\"2026-%02d-28\",\"plannedCost\":100000}"
                      .formatted(w, w + 1, w + 1))));
    }
    post(http, base, "sponsor", project + "/baselines", "{\"reason\":\"Bench\",\"signatureMeaning\":\"APPROVAL\",\"password\":\"bench\"}");
    return new Project(project, line, work);
  }

  /** One command of the mix: costs, progress, reschedules, decisions, change requests. */
  static boolean command(HttpClient http, String base, List<Project> portfolio) throws Exception {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    Project project = portfolio.get(random.nextInt(portfolio.size()));
    String work = project.work().get(random.nextInt(project.work().size()));
    int pick = random.nextInt(100);
    HttpResponse<String> answer;
    if (pick < 45) {
      answer =
          send(http, base, "manager", "POST", project.path() + "/costs",
              "{\"budgetLineId\":\"%s\",\"workPackageId\":\"%s\",\"amount\":%d.%02d,\"incurredOn\":\"2026-03-%02d\",\"reference\":\"INV-%d\"}"
                  .formatted(project.line(), work, random.nextInt(1, 500), random.nextInt(100), random.nextInt(1, 28), random.nextInt(1_000_000)));
    } else if (pick < 75) {
      answer =
          send(http, base, "manager", "POST", project.path() + "/work-packages/" + work + "/progress",
              "{\"percentComplete\":%d,\"statusDate\":\"2026-03-15\",\"reason\":\"Re-estimated\"}".formatted(random.nextInt(0, 101)));
    } else if (pick < 85) {
      int day = random.nextInt(1, 10);
      answer =
          send(http, base, "manager", "POST", project.path() + "/work-packages/" + work + "/reschedule",
              "{\"plannedStart\":\"2027-01-%02d\",\"plannedFinish\":\"2027-01-%02d\",\"reason\":\"Bench\",\"cascade\":true}".formatted(day, day + 10));
    } else if (pick < 95) {
      answer =
          send(http, base, "manager", "POST", project.path() + "/decisions",
              "{\"title\":\"Decision\",\"rationale\":\"Because\",\"alternativesConsidered\":[\"Other\"]}");
    } else {
      answer =
          send(http, base, "manager", "POST", project.path() + "/change-requests",
              "{\"title\":\"More\",\"justification\":\"Scope\",\"proposedChanges\":[{\"type\":\"INCREASE_BUDGET\",\"budgetLineId\":\"%s\",\"amount\":10}]}"
                  .formatted(project.line()));
    }
    return answer.statusCode() / 100 == 2;
  }

  /** Rows shaped like our events, one insert and one durable commit each, on the same database. */
  static Result rawInserts(String url, int clients, int seconds) throws Exception {
    try (Connection setup = DriverManager.getConnection(url);
        Statement statement = setup.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS bench_raw_event (global_index BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
              + " aggregate_id VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL, event_id VARCHAR(255) NOT NULL,"
              + " payload_type VARCHAR(255) NOT NULL, payload BYTEA NOT NULL, metadata BYTEA, time_stamp VARCHAR(255) NOT NULL,"
              + " UNIQUE (aggregate_id, sequence_number), UNIQUE (event_id))");
    }
    byte[] payload = ("{\"projectId\":\"" + UUID.randomUUID() + "\",\"costId\":\"" + UUID.randomUUID()
        + "\",\"amount\":123.45,\"currency\":\"EUR\",\"incurredOn\":\"2026-03-01\",\"reference\":\"INV-1\",\"description\":null}")
        .getBytes(StandardCharsets.UTF_8);
    byte[] metadata = "{\"actor\":\"manager\",\"roles\":[\"MANAGER\"],\"correlationId\":\"x\"}".getBytes(StandardCharsets.UTF_8);
    ThreadLocal<Connection> connections =
        ThreadLocal.withInitial(
            () -> {
              try {
                Connection connection = DriverManager.getConnection(url);
                connection.setAutoCommit(false);
                return connection;
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    AtomicLong sequence = new AtomicLong();
    return drive(
        clients,
        seconds,
        () -> {
          Connection connection = connections.get();
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO bench_raw_event (aggregate_id, sequence_number, event_id, payload_type, payload, metadata, time_stamp)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, "raw-" + Thread.currentThread().getId());
            insert.setLong(2, sequence.incrementAndGet());
            insert.setString(3, UUID.randomUUID().toString());
            insert.setString(4, "org.projectledger.api.budget.CostRecorded");
            insert.setBytes(5, payload);
            insert.setBytes(6, metadata);
            insert.setString(7, java.time.Instant.now().toString());
            insert.executeUpdate();
          }
          connection.commit();
          return true;
        });
  }

  /** A keyset-paged JDBC read of the whole event table, 1,000 rows a page: the raw read limit. */
  static String rawRead(String url) throws Exception {
    long rows = 0;
    long bytes = 0;
    long last = -1;
    long start = System.nanoTime();
    try (Connection connection = DriverManager.getConnection(url);
        PreparedStatement page =
            connection.prepareStatement(
                "SELECT globalindex, eventidentifier, aggregateidentifier, sequencenumber, payloadtype, payload, metadata"
                    + " FROM domainevententry WHERE globalindex > ? ORDER BY globalindex LIMIT 1000")) {
      while (true) {
        page.setLong(1, last);
        int n = 0;
        try (java.sql.ResultSet result = page.executeQuery()) {
          while (result.next()) {
            last = result.getLong(1);
            bytes += result.getBytes(6).length;
            n++;
          }
        }
        rows += n;
        if (n < 1000) {
          break;
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return String.format(Locale.ROOT, "{\"rows\":%d,\"payloadBytes\":%d,\"seconds\":%.2f,\"rowsPerSecond\":%.0f}", rows, bytes, seconds, rows / seconds);
  }

  /**
   * The rebuild of every read model — the project tables, the audit trail and the hash chain — from
   * the first event: the projections start from scratch when the service starts (run.sh cleared
   * their tokens and tables). Timed from the process's launch to
   * the moment both are at the head, less the service's own start-up time measured before.
   */
  static String rebuild(HttpClient http, String base, long launchedMillis, double startupSeconds) throws Exception {
    Pattern head = Pattern.compile("\"head\":(\\d+)");
    Pattern position = Pattern.compile("\"name\":\"(projects|audit|ledger)\".*?\"position\":(\\d+|null)");
    // When each processor reached the head: the slowest one sets the rebuild's time.
    Map<String, Double> reached = new java.util.TreeMap<>();
    while (true) {
      HttpResponse<String> view = send(http, base, "admin", "GET", "/api/admin/projections", "");
      if (view.statusCode() == 200) {
        Matcher h = head.matcher(view.body());
        long target = h.find() ? Long.parseLong(h.group(1)) : Long.MAX_VALUE;
        double seconds = (System.currentTimeMillis() - launchedMillis) / 1000.0 - startupSeconds;
        for (String part : view.body().split("\\{\"name\":")) {
          Matcher p = position.matcher("{\"name\":" + part);
          if (p.find() && !p.group(2).equals("null") && Long.parseLong(p.group(2)) >= target) {
            reached.putIfAbsent(p.group(1), seconds);
          }
        }
        if (reached.size() == 3) {
          StringBuilder each = new StringBuilder();
          reached.forEach(
              (name, at) -> each.append(each.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "\"%s\":%.1f", name, at)));
          return String.format(
              Locale.ROOT,
              "{\"events\":%d,\"seconds\":%.1f,\"eventsPerSecond\":%.0f,\"secondsPerProcessor\":{%s}}",
              target, seconds, target / seconds, each);
        }
      }
      Thread.sleep(250);
    }
  }

  /** Dashboard, schedule and portfolio reads at 8 clients, beside the SQL of a precomputed row. */
  static String reads(HttpClient http, String base, String url, int seconds) throws Exception {
    List<String> projects = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url);
        java.sql.ResultSet result =
            connection.createStatement().executeQuery("SELECT project_id FROM portfolio_project ORDER BY code LIMIT 5000")) {
      while (result.next()) {
        projects.add(result.getString(1));
      }
    }
    // Today's dashboard, schedule and portfolio figures are precomputed rows, kept once computed
    // for the project's version: one untimed pass computes them, as the first reader of each
    // project after a change would, and the timed reads then measure what every later reader gets.
    AtomicLong warmed = new AtomicLong();
    drive(
        8,
        3600,
        () -> {
          long i = warmed.getAndIncrement();
          if (i >= projects.size()) {
            throw new StopDriving();
          }
          String project = projects.get((int) i);
          return get(http, base, "/api/projects/" + project + "/dashboard")
              & get(http, base, "/api/projects/" + project + "/schedule")
              & (i % 20 != 0 || get(http, base, "/api/projects?size=20&page=" + i / 20));
        });
    // Every project's portfolio figures of the day: the service makes them current itself once the
    // rebuilt project tables caught up (FiguresOfTheDay), and an order by figures first makes every
    // one still stale current. What is timed is the wait of the first reader sorting by a figure.
    // The timed pages below walk the whole portfolio by code, far past the projects warmed above.
    long figuresFrom = System.nanoTime();
    HttpResponse<String> figures =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/projects?size=1&sort=cpi"))
                .timeout(Duration.ofMinutes(20))
                .header("Authorization", authorization(http, base, "manager"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (figures.statusCode() != 200) {
      throw new IllegalStateException("The portfolio's figures answered " + figures.statusCode() + ": " + figures.body());
    }
    System.err.printf(Locale.ROOT, "== the first reader sorting the portfolio by a figure waited %.1f s%n", (System.nanoTime() - figuresFrom) / 1e9);
    // The rebuild and the pass above wrote these tables afresh; autovacuum would vacuum and analyse
    // them soon after, and a service in use reads them in that state: the timed reads do too.
    try (Connection connection = DriverManager.getConnection(url);
        Statement vacuum = connection.createStatement()) {
      vacuum.execute("VACUUM (ANALYZE) portfolio_project, portfolio_figures, project_read_cache");
    }
    // The timed reads measure a service in use, its code compiled. A service a minute old is still
    // compiling its web stack (the JIT took 38 % of its CPU in the first timed window): the first
    // timed read measured 2.8-5.6 ms at p95 in the service whichever it was, and the dashboard timed
    // again after the three windows 1.4 ms. So the timed mix runs untimed first, three windows long.
    Call dashboardRead = () -> get(http, base, "/api/projects/" + pick(projects) + "/dashboard");
    Call scheduleRead = () -> get(http, base, "/api/projects/" + pick(projects) + "/schedule");
    Call portfolioRead = () -> portfolioPage(http, base);
    List<Call> timed = List.of(dashboardRead, scheduleRead, portfolioRead);
    AtomicLong turn = new AtomicLong();
    drive(8, 3 * seconds, () -> timed.get((int) (turn.getAndIncrement() % timed.size())).run());
    Pattern dashboardUri = Pattern.compile("uri=\"/api/projects/\\{[^}]+}/dashboard\"");
    Pattern scheduleUri = Pattern.compile("uri=\"/api/projects/\\{[^}]+}/schedule\"");
    Pattern portfolioUri = Pattern.compile("uri=\"/api/projects\"");
    Map<Double, Double> before = buckets(http, base, dashboardUri);
    Result dashboard = drive(8, seconds, dashboardRead);
    String dashboardServer = serverSide(before, buckets(http, base, dashboardUri));
    before = buckets(http, base, scheduleUri);
    Result schedule = drive(8, seconds, scheduleRead);
    String scheduleServer = serverSide(before, buckets(http, base, scheduleUri));
    before = buckets(http, base, portfolioUri);
    Result portfolio = drive(8, seconds, portfolioRead);
    String portfolioServer = serverSide(before, buckets(http, base, portfolioUri));
    ThreadLocal<Connection> connections =
        ThreadLocal.withInitial(
            () -> {
              try {
                return DriverManager.getConnection(url);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    Result raw =
        drive(
            8,
            seconds,
            () -> {
              try (PreparedStatement row = connections.get().prepareStatement("SELECT * FROM portfolio_project WHERE project_id = ?::uuid")) {
                row.setString(1, pick(projects));
                try (java.sql.ResultSet result = row.executeQuery()) {
                  return result.next();
                }
              }
            });
    return "{\"projectsRead\":" + projects.size() + ",\"dashboard\":" + dashboard.json() + ",\"schedule\":" + schedule.json()
        + ",\"portfolio\":" + portfolio.json() + ",\"rawRow\":" + raw.json()
        + ",\"server\":{\"dashboard\":" + dashboardServer + ",\"schedule\":" + scheduleServer + ",\"portfolio\":" + portfolioServer + "}}";
  }

  private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

  /**
   * The service's own histogram of GET requests to one URI template (Micrometer's
   * http.server.requests, read from /actuator/prometheus as the admin): cumulative counts by upper
   * bound in seconds, summed over statuses.
   */
  static Map<Double, Double> buckets(HttpClient http, String base, Pattern uri) throws Exception {
    HttpResponse<String> answer = send(http, base, "admin", "GET", "/actuator/prometheus", "");
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("/actuator/prometheus answered " + answer.statusCode());
    }
    Map<Double, Double> counts = new java.util.TreeMap<>();
    for (String line : answer.body().split("\n")) {
      if (!line.startsWith("http_server_requests_seconds_bucket{") || !line.contains("method=\"GET\"") || !uri.matcher(line).find()) {
        continue;
      }
      Matcher le = LE.matcher(line);
      if (le.find()) {
        double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
        counts.merge(bound, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)), Double::sum);
      }
    }
    return counts;
  }

  /** p50/p95/p99 in ms of the requests between two readings: the upper bound of the bucket each falls in. */
  static String serverSide(Map<Double, Double> before, Map<Double, Double> after) {
    double total = after.getOrDefault(Double.POSITIVE_INFINITY, 0.0) - before.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
    double[] quantiles = {0.50, 0.95, 0.99};
    double[] found = new double[quantiles.length];
    for (int q = 0; q < quantiles.length; q++) {
      found[q] = Double.NaN;
      for (Map.Entry<Double, Double> bucket : after.entrySet()) {
        double count = bucket.getValue() - before.getOrDefault(bucket.getKey(), 0.0);
        if (total > 0 && count >= quantiles[q] * total) {
          found[q] = bucket.getKey() * 1000;
          break;
        }
      }
    }
    return String.format(
        Locale.ROOT,
        "{\"requests\":%d,\"p50ms\":%s,\"p95ms\":%s,\"p99ms\":%s}",
        (long) total, number(found[0]), number(found[1]), number(found[2]));
  }

  private static String number(double value) {
    return Double.isNaN(value) || Double.isInfinite(value) ? "null" : String.format(Locale.ROOT, "%.3f", value);
  }

  /** The as-of dashboard of one project, five times: the first (cold) and the median. */
  static String asOf(HttpClient http, String base, String project) throws Exception {
    String instant = java.time.Instant.now().toString();
    double[] ms = new double[5];
    for (int i = 0; i < ms.length; i++) {
      long t0 = System.nanoTime();
      if (!get(http, base, "/api/projects/" + project + "/dashboard?statusDate=2026-03-31&asOf=" + instant)) {
        throw new IllegalStateException("The as-of dashboard was refused");
      }
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    double first = ms[0];
    Arrays.sort(ms);
    return String.format(Locale.ROOT, "{\"firstMs\":%.1f,\"medianMs\":%.1f}", first, ms[2]);
  }

  /**
   * The peer (bench/peer): as many budgets as our projects, created by 8 clients, then its two
   * update commands — costs 60 %, progress 40 % — over all of them with each client count.
   */
  static String peerWrites(HttpClient http, String base, int budgets, int seconds, int[] clients, int warmup) throws Exception {
    List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    drive(8, 3600, () -> {
      int i = next.getAndIncrement();
      if (i >= budgets) {
        throw new StopDriving();
      }
      HttpResponse<String> created = peer(http, base, "/budgets", "{\"name\":\"Budget " + i + "\",\"amount\":500000}");
      if (created.statusCode() != 201) {
        return false;
      }
      ids.add(id(created));
      return true;
    });
    Call update = () -> {
      String budget = pick(ids);
      HttpResponse<String> answer = ThreadLocalRandom.current().nextInt(100) < 60
          ? peer(http, base, "/budgets/" + budget + "/costs", "{\"amount\":" + (1 + ThreadLocalRandom.current().nextInt(5000)) + ".25,\"reference\":\"INV\"}")
          : peer(http, base, "/budgets/" + budget + "/progress", "{\"percentComplete\":" + ThreadLocalRandom.current().nextInt(101) + "}");
      return answer.statusCode() == 200;
    };
    Result cold = warmup > 0 ? drive(8, warmup, update) : null;
    StringBuilder json = new StringBuilder("{\"budgets\":" + ids.size() + ",\"warmup\":" + Result.json(cold) + ",\"writes\":[");
    for (int i = 0; i < clients.length; i++) {
      Result result = drive(clients[i], seconds, update);
      json.append(i == 0 ? "" : ",").append("{\"clients\":").append(clients[i]).append(",\"peer\":").append(result.json()).append("}");
    }
    return json.append("]}").toString();
  }

  /** The peer's rebuild: its projection's tokens reset, timed until it is back at the head. */
  static String peerRebuild(HttpClient http, String base) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> started = peer(http, base, "/admin/replay", "");
    if (started.statusCode() != 202) {
      throw new IllegalStateException("The peer's replay answered " + started.statusCode());
    }
    Pattern position = Pattern.compile("\"position\":(-?\\d+)");
    Pattern head = Pattern.compile("\"head\":(-?\\d+)");
    while (true) {
      String progress = http.send(HttpRequest.newBuilder(URI.create(base + "/admin/replay")).build(), HttpResponse.BodyHandlers.ofString()).body();
      Matcher at = position.matcher(progress);
      Matcher end = head.matcher(progress);
      if (at.find() && end.find() && Long.parseLong(at.group(1)) >= Long.parseLong(end.group(1)) && (System.nanoTime() - start) > 500_000_000L) {
        double seconds = (System.nanoTime() - start) / 1e9;
        long events = Long.parseLong(end.group(1));
        return String.format(Locale.ROOT, "{\"events\":%d,\"seconds\":%.1f,\"eventsPerSecond\":%.0f}", events, seconds, events / seconds);
      }
      Thread.sleep(100);
    }
  }

  static HttpResponse<String> peer(HttpClient http, String base, String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Each client's place in the portfolio: it reads page after page, as the portfolio page does. */
  static final ThreadLocal<String> PORTFOLIO_CURSOR = new ThreadLocal<>();

  static final Pattern NEXT_CURSOR = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");

  /** The next page of 20 of the portfolio by code, from where this client left off (keyset paging). */
  static boolean portfolioPage(HttpClient http, String base) throws Exception {
    String cursor = PORTFOLIO_CURSOR.get();
    HttpResponse<String> answer =
        send(http, base, "manager", "GET", "/api/projects?size=20" + (cursor == null ? "" : "&cursor=" + cursor), "");
    Matcher next = NEXT_CURSOR.matcher(answer.body());
    PORTFOLIO_CURSOR.set(next.find() ? next.group(1) : null);
    return answer.statusCode() == 200;
  }

  static String pick(List<String> items) {
    return items.get(ThreadLocalRandom.current().nextInt(items.size()));
  }

  static boolean get(HttpClient http, String base, String path) throws Exception {
    return send(http, base, "manager", "GET", path, "").statusCode() == 200;
  }

  static HttpResponse<String> post(HttpClient http, String base, String user, String path, String body) throws Exception {
    HttpResponse<String> answer = send(http, base, user, "POST", path, body);
    if (answer.statusCode() / 100 != 2) {
      throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer;
  }

  /** Each user's sign-in token and when it was taken: a client signs in once, as the pages do. */
  static final Map<String, String[]> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The user's credential: a token from POST /api/session, taken once with the password (bcrypt on
   * the service, as in production) and again after 20 minutes; HTTP Basic where the service issues
   * no token.
   */
  static String authorization(HttpClient http, String base, String user) throws Exception {
    String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":bench").getBytes(StandardCharsets.UTF_8));
    String[] held = TOKENS.get(user);
    if (held != null && System.currentTimeMillis() - Long.parseLong(held[1]) < 20 * 60 * 1000) {
      return held[0];
    }
    HttpResponse<String> session =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (session.statusCode() != 201) {
      return basic;
    }
    Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(session.body());
    if (!token.find()) {
      return basic;
    }
    String bearer = "Bearer " + token.group(1);
    TOKENS.put(user, new String[] {bearer, Long.toString(System.currentTimeMillis())});
    return bearer;
  }

  static HttpResponse<String> send(HttpClient http, String base, String user, String method, String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", authorization(http, base, user))
            .header("Content-Type", "application/json")
            .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String id(HttpResponse<String> answer) {
    Matcher matcher = ID.matcher(answer.body());
    if (!matcher.find()) {
      throw new IllegalStateException("No id in " + answer.body());
    }
    return matcher.group(1);
  }

  static String round(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
