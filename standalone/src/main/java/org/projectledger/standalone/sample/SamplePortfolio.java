package org.projectledger.standalone.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.projectledger.api.ledger.StoredEvent;
import org.projectledger.platform.BusinessDates;
import org.projectledger.platform.ledger.StoredEvents;
import org.projectledger.platform.security.ConfiguredUsers;
import org.projectledger.platform.storage.EmbeddedStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The sample portfolio a newcomer opens on (README, "A tour"): five projects recorded once into an
 * empty embedded store at start, through the service's own write API as the demo users — the same
 * rules, signatures, events, audit trail, chain and notifications as anything a user records. Every
 * event's reason says it is sample data. Dates are counted from the day of the first start, so the
 * portfolio looks current; the record times are the real ones (the ledger never backdates what it
 * records), so the as-of slider steps through the minute of loading, while the business dates —
 * costs, progress, reschedules — spread over months.
 *
 * <p>On only where the demo users are (the embedded default on this machine); {@code
 * ledger.demo-data=false} turns it off; a store that holds any event is left alone.
 */
@Component
public class SamplePortfolio {

  private static final Logger LOG = LoggerFactory.getLogger(SamplePortfolio.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The project left CHARTERED for the README's tour to import {@link #PLAN_FILE} into. */
  public static final String IMPORT_PROJECT_CODE = "PRJ-SAMPLE-05";

  /** The plan file of the tour, in the repository (written by the ledger's own MSPDI export). */
  public static final String PLAN_FILE = "docs/sample/warehouse-scanners.xml";

  /** The dates of that plan file, fixed in it: the project it goes into is chartered to them. */
  static final LocalDate PLAN_START = LocalDate.of(2027, 1, 4);

  static final LocalDate PLAN_FINISH = LocalDate.of(2027, 6, 30);

  private final Environment environment;
  private final ConfiguredUsers users;
  private final StoredEvents stored;
  private final BusinessDates dates;

  SamplePortfolio(
      Environment environment, ConfiguredUsers users, StoredEvents stored, BusinessDates dates) {
    this.environment = environment;
    this.users = users;
    this.stored = stored;
    this.dates = dates;
  }

  @EventListener(ApplicationReadyEvent.class)
  void loadIntoAnEmptyStore() {
    if (!environment.getProperty("ledger.demo-data", Boolean.class, true)) {
      return;
    }
    if (!users.demoUsersOn() || !EmbeddedStore.in(environment)) {
      LOG.debug("No sample portfolio: it comes with the demo users on the embedded default only");
      return;
    }
    List<StoredEvent> first = stored.from(StoredEvent.BEFORE_FIRST, 1);
    if (!first.isEmpty()) {
      LOG.info("No sample portfolio: the store holds events already");
      return;
    }
    long started = System.nanoTime();
    Writer writer =
        new Writer(
            "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port"),
            dates.today());
    try {
      writer.load();
    } catch (RuntimeException failed) {
      LOG.error(
          "The sample portfolio stopped part way ({} writes recorded): {}",
          writer.writes,
          failed.getMessage());
      return;
    }
    LOG.info(
        "Loaded the sample portfolio: 5 projects, {} writes, in {} ms (ledger.demo-data=false"
            + " turns it off)",
        writer.writes,
        (System.nanoTime() - started) / 1_000_000);
  }

  /** The script: each step as its user, over HTTP on this machine. */
  static final class Writer {

    private final HttpClient http =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final LocalDate today;
    private int writes;

    Writer(String base, LocalDate today) {
      this.base = base;
      this.today = today;
    }

    void load() {
      dataCentreMigration();
      crmUpgrade();
      payrollReplacement();
      officeMove();
      warehouseScanners();
    }

    /** Executing, over cost tolerance: a rescheduled wave, a breach, an open change request. */
    private void dataCentreMigration() {
      String p =
          charter(
              "PRJ-SAMPLE-01",
              "Data centre migration",
              day(-150),
              day(120),
              10,
              5,
              "the migration of the main data centre to the new site was approved");
      String finance =
          stakeholder(
              p,
              "Avery Quinn",
              "avery.quinn@example.org",
              "Finance controller",
              "BUDGET",
              "CHANGE");
      String operations =
          stakeholder(
              p,
              "Jordan Blake",
              "jordan.blake@example.org",
              "Head of IT operations",
              "SCHEDULE",
              "RISK",
              "STATUS");
      plan(p, finance, "EMAIL", "avery.quinn@example.org", "WEEKLY_DIGEST");
      plan(p, operations, "EMAIL", "jordan.blake@example.org", "ON_EVENT");
      String labour = line(p, "LABOUR", "180000", "staff and contractors for the migration");
      String hardware =
          line(p, "MATERIAL", "160000", "servers, storage and racks for the new site");
      line(p, "CONTINGENCY", "20000", "the contingency the steering committee set aside");
      String discovery = workPackage(p, "Discovery and inventory", day(-150), day(-121), "25000");
      String design = workPackage(p, "Target design", day(-120), day(-91), "45000", discovery);
      String procurement =
          workPackage(p, "Hardware procurement", day(-90), day(-46), "140000", design);
      String waves = workPackage(p, "Migration waves", day(-45), day(60), "110000", procurement);
      String cutOver = milestone(p, "Cut-over complete", day(61), waves);
      workPackage(p, "Decommission the old site", day(62), day(110), "20000", cutOver);
      baseline(p, "the plan was agreed at the steering committee");
      String storage =
          risk(
              p,
              "The legacy storage array fails during the copy",
              3,
              5,
              "Take a verified backup before each wave; keep the vendor on call");
      registers(p, storage, design);
      decision(
          p,
          "Migrate in three waves, not over one weekend",
          "A weekend cut-over leaves no way back for the trading systems",
          "One weekend cut-over",
          "Two waves");
      progress(p, discovery, 100, day(-121));
      cost(p, labour, discovery, "26000", day(-125), "TS-2031", "Discovery team, timesheets");
      progress(p, design, 100, day(-91));
      cost(p, labour, design, "52000", day(-95), "TS-2088", "Design authority and architects");
      progress(p, procurement, 100, day(-46));
      cost(
          p,
          hardware,
          procurement,
          "168000",
          day(-50),
          "INV-55810",
          "Servers and storage, after the supplier's price rise");
      reschedule(
          p,
          waves,
          day(-45),
          day(68),
          "the supplier delivered the storage eight days late, so wave 2 moves");
      progress(p, waves, 30, day(-5));
      cost(p, labour, waves, "55000", day(-10), "TS-2140", "Waves 1 and 2, migration team");
      statusReport(
          p,
          "AMBER",
          "Hardware came in 20 % over its budget and wave 2 slipped by eight days; a change"
              + " request asks for the budget to cover it.",
          day(-3));
      changeRequest(
          p,
          "Cover the hardware overrun",
          "The supplier's price rise is contractual; without more budget the MATERIAL line stays"
              + " overrun and the estimate at completion beyond tolerance.",
          List.of(increaseBudget(hardware, "28000")));
    }

    /** A change request approved by the sponsor and the plan re-baselined. */
    private void crmUpgrade() {
      String p =
          charter(
              "PRJ-SAMPLE-02",
              "CRM upgrade",
              day(-200),
              day(60),
              15,
              10,
              "the CRM upgrade was approved");
      String sales =
          stakeholder(
              p,
              "Casey Morgan",
              "casey.morgan@example.org",
              "Head of sales",
              "SCOPE",
              "CHANGE",
              "SCHEDULE");
      plan(p, sales, "EMAIL", "casey.morgan@example.org", "WEEKLY_DIGEST");
      String licences = line(p, "LICENCES", "60000", "licences for 400 seats");
      String services = line(p, "SERVICES", "90000", "the integrator's services");
      String buy = workPackage(p, "Licences", day(-200), day(-171), "60000");
      String configure =
          workPackage(p, "Configuration and data migration", day(-170), day(-61), "70000", buy);
      String training = workPackage(p, "Training", day(-60), day(30), "15000", configure);
      baseline(p, "the plan was agreed with sales");
      progress(p, buy, 100, day(-171));
      cost(p, licences, buy, "60000", day(-180), "INV-7721", "400 seats, three years");
      progress(p, configure, 100, day(-61));
      cost(p, services, configure, "68000", day(-65), "INV-7790", "Integrator, configuration");
      String request =
          changeRequest(
              p,
              "A second training wave for the call centre",
              "The call centre joins the CRM: 120 more people to train, which takes two more weeks.",
              List.of(
                  changeCost(training, "25000"),
                  reschedule(training, day(-60), day(45)),
                  increaseBudget(services, "10000")));
      approve(p, request, "Agreed: the call centre is in scope from this quarter");
      progress(p, training, 40, day(-3));
      cost(p, services, training, "9000", day(-7), "INV-7855", "Trainers, first wave");
      statusReport(p, "GREEN", "Training runs to the revised plan.", day(-2));
    }

    /** Handed over to operations, in maintenance with activities booked. */
    private void payrollReplacement() {
      String p =
          charter(
              "PRJ-SAMPLE-03",
              "Payroll system replacement",
              day(-330),
              day(-60),
              10,
              10,
              "the payroll replacement was approved");
      String services = line(p, "SERVICES", "120000", "the vendor's implementation services");
      String maintenance = line(p, "MAINTENANCE", "30000", "the first year of maintenance");
      String build = workPackage(p, "Build and configure", day(-330), day(-151), "90000");
      String parallel = workPackage(p, "Parallel run", day(-150), day(-91), "25000", build);
      baseline(p, "the plan was agreed with HR and finance");
      progress(p, build, 100, day(-151));
      cost(p, services, build, "88500", day(-160), "INV-3301", "Vendor, implementation");
      progress(p, parallel, 100, day(-91));
      cost(p, services, parallel, "24000", day(-95), "INV-3342", "Vendor, parallel run support");
      handOver(p, "Payroll runs on the new system since the parallel run matched to the cent.");
      maintenance(
          p,
          "PATCH",
          day(-80),
          "Tax table update",
          "Applied; the next payroll ran clean",
          maintenance,
          "1200");
      maintenance(
          p,
          "INCIDENT",
          day(-40),
          "Payslips late to print",
          "The print queue was restarted; root cause fixed",
          null,
          null);
      maintenance(
          p,
          "UPGRADE",
          day(-12),
          "Vendor release 4.2",
          "Upgraded over a weekend",
          maintenance,
          "4800");
      maintenance(
          p,
          "REVIEW",
          day(-5),
          "Quarterly service review",
          "Availability 99.95 %; no open incidents",
          null,
          null);
    }

    /** Closed by the PMO, straight from execution. */
    private void officeMove() {
      String p =
          charter(
              "PRJ-SAMPLE-04",
              "Office move",
              day(-240),
              day(-120),
              5,
              10,
              "the office move was approved");
      String services = line(p, "SERVICES", "50000", "fit-out and removals");
      String fitOut = workPackage(p, "Fit-out", day(-240), day(-161), "35000");
      String move = workPackage(p, "Move", day(-160), day(-130), "10000", fitOut);
      baseline(p, "the plan was agreed with facilities");
      progress(p, fitOut, 100, day(-161));
      cost(p, services, fitOut, "34200", day(-165), "INV-9012", "Fit-out contractor");
      progress(p, move, 100, day(-130));
      cost(p, services, move, "9600", day(-131), "INV-9040", "Removals");
      statusReport(p, "GREEN", "Everyone moved; the old lease ends on time.", day(-128));
      close(p, "Delivered under budget; lessons recorded with facilities.");
    }

    /** Chartered, its budget open, waiting for the plan file of the README's tour. */
    private void warehouseScanners() {
      String p =
          charter(
              IMPORT_PROJECT_CODE,
              "Warehouse scanners",
              PLAN_START,
              PLAN_FINISH,
              10,
              10,
              "the scanner roll-out was approved; its plan comes from Microsoft Project");
      line(p, "MATERIAL", "80000", "scanners and docks");
      line(p, "SERVICES", "60000", "installation and training");
    }

    private String charter(
        String code,
        String name,
        LocalDate start,
        LocalDate finish,
        int scheduleDays,
        int costPercent,
        String why) {
      Map<String, Object> body = body("code", code, "name", name, "sponsor", "sponsor");
      body.put("manager", "manager");
      body.put("currency", "EUR");
      body.put("plannedStart", start.toString());
      body.put("plannedFinish", finish.toString());
      body.put("tolerances", body("scheduleDays", scheduleDays, "costPercent", costPercent));
      JsonNode chartered = write("POST", "pmo", "/api/projects", body, why);
      return "/api/projects/" + chartered.get("projectId").asText();
    }

    private String stakeholder(
        String p, String name, String email, String role, String... interests) {
      Map<String, Object> body = body("name", name, "email", email, "role", role);
      body.put("interests", List.of(interests));
      return id(write("POST", "pmo", p + "/stakeholders", body, name + " follows the project"));
    }

    private void plan(
        String p, String stakeholder, String channel, String address, String frequency) {
      write(
          "PUT",
          "manager",
          p + "/stakeholders/" + stakeholder + "/communication-plan",
          body("channel", channel, "address", address, "frequency", frequency),
          "how they asked to be kept informed");
    }

    private String line(String p, String category, String amount, String why) {
      return id(
          write(
              "POST",
              "manager",
              p + "/budget-lines",
              body("category", category, "amount", new BigDecimal(amount)),
              why));
    }

    private String workPackage(
        String p, String name, LocalDate start, LocalDate finish, String cost, String... after) {
      Map<String, Object> body =
          body("name", name, "plannedStart", start.toString(), "plannedFinish", finish.toString());
      body.put("plannedCost", new BigDecimal(cost));
      body.put("dependsOn", List.of(after));
      return id(write("POST", "manager", p + "/work-packages", body, "planned with the team"));
    }

    private String milestone(String p, String name, LocalDate due, String... after) {
      Map<String, Object> body = body("name", name, "dueDate", due.toString());
      body.put("dependsOn", List.of(after));
      return id(write("POST", "manager", p + "/milestones", body, "planned with the team"));
    }

    private void baseline(String p, String why) {
      write(
          "POST",
          "sponsor",
          p + "/baselines",
          body("reason", SAMPLE + why, "signatureMeaning", "APPROVAL", "password", "demo"),
          null);
    }

    private String risk(String p, String title, int probability, int impact, String mitigation) {
      Map<String, Object> body = body("title", title, "probability", probability, "impact", impact);
      body.put("owner", "manager");
      body.put("mitigation", mitigation);
      return id(write("POST", "manager", p + "/risks", body, "raised at the risk workshop"));
    }

    /**
     * The execution registers of the migration: the storage risk's response (EMV 30,000 against a
     * reserve of 20,000: not covered), the target design accepted by the sponsor, an
     * off-specification at goods inwards and a lesson.
     */
    private void registers(String p, String risk, String design) {
      Map<String, Object> response =
          body("strategy", "REDUCE", "owner", "manager", "proximity", day(30).toString());
      response.put("costImpact", new BigDecimal("60000"));
      response.put("response", "A verified backup before each wave; the vendor's engineer on site");
      write(
          "POST",
          "manager",
          p + "/risks/" + risk + "/response",
          response,
          "agreed at the risk workshop");
      write(
          "PUT",
          "manager",
          p + "/work-packages/" + design + "/acceptance-criteria",
          body(
              "criteria",
              List.of("Every system has a target host", "Signed off by the architecture board"),
              "acceptor",
              "sponsor"),
          "from the quality plan");
      write(
          "POST",
          "manager",
          p + "/work-packages/" + design + "/deliverable/submission",
          body("note", "Target design v1.2"),
          "handed in for acceptance");
      write(
          "POST",
          "sponsor",
          p + "/work-packages/" + design + "/deliverable/acceptance",
          body("password", "demo", "comment", SAMPLE + "accepted at the design review"),
          null);
      Map<String, Object> issue =
          body("type", "OFF_SPECIFICATION", "title", "Two racks came without redundant power");
      issue.putAll(body("priority", "HIGH", "severity", "MEDIUM", "owner", "manager"));
      write("POST", "sponsor", p + "/issues", issue, "found at goods inwards");
      Map<String, Object> lesson =
          body(
              "category",
              "PROCUREMENT",
              "advice",
              "AVOID",
              "recommendation",
              "Fix prices at order");
      lesson.put("whatHappened", "The storage supplier's price rise was in the contract");
      write("POST", "manager", p + "/lessons", lesson, "from the lessons workshop");
    }

    private void decision(String p, String title, String rationale, String... alternatives) {
      Map<String, Object> body = body("title", title, "rationale", rationale);
      body.put("alternativesConsidered", List.of(alternatives));
      write("POST", "manager", p + "/decisions", body, "decided at the design review");
    }

    private void progress(String p, String workPackage, int percent, LocalDate on) {
      write(
          "POST",
          "manager",
          p + "/work-packages/" + workPackage + "/progress",
          body("percentComplete", percent, "statusDate", on.toString()),
          "reported at the weekly progress meeting");
    }

    private void cost(
        String p,
        String line,
        String workPackage,
        String amount,
        LocalDate on,
        String reference,
        String description) {
      Map<String, Object> body =
          body(
              "budgetLineId", line, "workPackageId", workPackage, "amount", new BigDecimal(amount));
      body.put("incurredOn", on.toString());
      body.put("reference", reference);
      body.put("description", description);
      write("POST", "manager", p + "/costs", body, "booked from " + reference);
    }

    private void reschedule(
        String p, String workPackage, LocalDate start, LocalDate finish, String why) {
      Map<String, Object> body =
          body(
              "plannedStart",
              start.toString(),
              "plannedFinish",
              finish.toString(),
              "reason",
              SAMPLE + why);
      body.put("cascade", true);
      write("POST", "manager", p + "/work-packages/" + workPackage + "/reschedule", body, null);
    }

    private void statusReport(String p, String rag, String summary, LocalDate on) {
      write(
          "POST",
          "manager",
          p + "/status-reports",
          body("rag", rag, "summary", summary, "statusDate", on.toString()),
          "the monthly status report");
    }

    private String changeRequest(
        String p, String title, String justification, List<Map<String, Object>> changes) {
      Map<String, Object> body = body("title", title, "justification", justification);
      body.put("proposedChanges", changes);
      return id(write("POST", "manager", p + "/change-requests", body, "raised by the manager"));
    }

    private static Map<String, Object> increaseBudget(String line, String amount) {
      return body(
          "type", "INCREASE_BUDGET", "budgetLineId", line, "amount", new BigDecimal(amount));
    }

    private static Map<String, Object> changeCost(String workPackage, String cost) {
      return body(
          "type",
          "CHANGE_PLANNED_COST",
          "workPackageId",
          workPackage,
          "plannedCost",
          new BigDecimal(cost));
    }

    private static Map<String, Object> reschedule(
        String workPackage, LocalDate start, LocalDate finish) {
      Map<String, Object> change =
          body(
              "type",
              "RESCHEDULE_WORK_PACKAGE",
              "workPackageId",
              workPackage,
              "plannedStart",
              start.toString());
      change.put("plannedFinish", finish.toString());
      return change;
    }

    private void approve(String p, String request, String comment) {
      write(
          "POST",
          "sponsor",
          p + "/change-requests/" + request + "/approval",
          body("signatureMeaning", "APPROVAL", "password", "demo", "comment", SAMPLE + comment),
          "approved at the steering committee");
    }

    private void handOver(String p, String note) {
      write(
          "POST",
          "sponsor",
          p + "/handover",
          body("note", SAMPLE + note, "signatureMeaning", "APPROVAL", "password", "demo"),
          "operations accepted the system");
    }

    private void maintenance(
        String p,
        String kind,
        LocalDate on,
        String description,
        String outcome,
        String line,
        String cost) {
      Map<String, Object> body =
          body("kind", kind, "performedOn", on.toString(), "description", description);
      body.put("outcome", outcome);
      if (line != null) {
        body.put("budgetLineId", line);
        body.put("cost", new BigDecimal(cost));
      }
      write("POST", "manager", p + "/maintenance-activities", body, "booked by the service desk");
    }

    private void close(String p, String note) {
      write(
          "POST",
          "pmo",
          p + "/closure",
          body(
              "closureNote",
              SAMPLE + note,
              "signatureMeaning",
              "RESPONSIBILITY",
              "password",
              "demo"),
          "closed at the portfolio review");
    }

    private LocalDate day(int fromToday) {
      return today.plusDays(fromToday);
    }

    private static final String SAMPLE = "Sample data: ";

    private static String id(JsonNode created) {
      return created.get("id").asText();
    }

    private static Map<String, Object> body(Object... pairs) {
      Map<String, Object> body = new LinkedHashMap<>();
      for (int i = 0; i < pairs.length; i += 2) {
        body.put((String) pairs[i], pairs[i + 1]);
      }
      return body;
    }

    /** One write as {@code user} (password "demo"); a refusal stops the load with its problem. */
    private JsonNode write(String method, String user, String path, Object body, String why) {
      try {
        HttpRequest.Builder request =
            HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(
                    method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (why != null) {
          request.header("X-Ledger-Reason", SAMPLE + why);
        }
        HttpResponse<String> answer =
            http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
          throw new IllegalStateException(
              method
                  + " "
                  + path
                  + " as "
                  + user
                  + " answered "
                  + answer.statusCode()
                  + ": "
                  + answer.body());
        }
        writes++;
        return answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
      } catch (IOException e) {
        throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while loading the sample portfolio", e);
      }
    }
  }

  /** For the tests: the codes of the sample projects, in the order they are recorded. */
  public static List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      codes.add("PRJ-SAMPLE-0" + i);
    }
    return codes;
  }
}
