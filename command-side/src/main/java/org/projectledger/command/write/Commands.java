package org.projectledger.command.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.command.axon.VerifiedCache;
import org.projectledger.command.axon.VerifiedCache.StaleProject;
import org.projectledger.command.write.IdempotencyKeys.Stored;
import org.projectledger.platform.security.CurrentActor;
import org.projectledger.platform.web.InvalidRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sends a command on behalf of the signed-in user and answers the write as API.md says. The actor,
 * their roles, the reason and the request's correlation id travel as metadata onto every event the
 * command records. {@code If-Match} makes the write conditional on the version the client read;
 * {@code Idempotency-Key} makes a retried write return its first answer and append nothing; without
 * If-Match, a write that loses a race with another writer is retried a few times.
 */
@Component
public class Commands {

  static final String IF_MATCH = "If-Match";
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String CORRELATION_ID = "X-Correlation-Id";

  /**
   * Why, for a command whose body has no {@code reason} of its own (a budget line opened, a cost
   * recorded): it travels onto the events like any reason. Where the body has one, that one counts.
   */
  static final String REASON = "X-Ledger-Reason";

  /**
   * Tries of a write that loses races; a cached copy behind the store costs one (VerifiedCache).
   */
  private static final int ATTEMPTS = 4;

  private static final Pattern ENTITY_TAG = Pattern.compile("^(?:W/)?\"(\\d{1,18})\"$");
  private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{1,200}$");

  private final CommandGateway gateway;
  private final IdempotencyKeys keys;
  private final ObjectMapper json;

  /**
   * Whether a write's cached project is checked by its outcome (VerifiedCache). Not over Axon
   * Server: there a lost race crosses the bus as a bare execution error, not one this sender
   * retries, so the copy is checked before use as before.
   */
  private final boolean checkedByOutcome;

  Commands(
      CommandGateway gateway,
      IdempotencyKeys keys,
      ObjectMapper json,
      @Value("${axon.axonserver.enabled:false}") boolean overAxonServer) {
    this.gateway = gateway;
    this.keys = keys;
    this.json = json;
    this.checkedByOutcome = !overAxonServer;
  }

  /**
   * Sends and waits, then answers.
   *
   * @param answer how a success is answered
   * @param command the command, for the project {@code answer} names
   * @param reason why, where the command gives a reason; {@code null} otherwise
   * @param body the request body as received, to recognise a replay by
   */
  public ResponseEntity<WriteAnswer> execute(
      Answer answer, Object command, String reason, Object body) {
    return send(answer, command, reason, body).answer();
  }

  /** A write's answer, and what the command handler returned (null when a replay answered). */
  public record Sent(ResponseEntity<WriteAnswer> answer, Object result) {}

  /** As {@link #execute}, also handing back the handler's result. */
  public Sent send(Answer answer, Object command, String reason, Object body) {
    HttpServletRequest request =
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    Actor actor = CurrentActor.get();
    Long expectedVersion = expectedVersion(request.getHeader(IF_MATCH));
    String key = idempotencyKey(request.getHeader(IDEMPOTENCY_KEY));
    String requestHash = key == null ? null : hash(request, body);
    if (key != null) {
      Optional<Stored> first = keys.find(actor.userName(), key);
      if (first.isPresent()) {
        return new Sent(replay(first.get(), requestHash), null);
      }
    }

    Map<String, Object> metaData = new HashMap<>();
    metaData.put(MetaDataKeys.ACTOR, actor.userName());
    metaData.put(MetaDataKeys.ACTOR_NAME, actor.fullName());
    metaData.put(MetaDataKeys.ROLES, roles(actor));
    metaData.put(MetaDataKeys.CORRELATION_ID, correlationId(request.getHeader(CORRELATION_ID)));
    metaData.put(WriteMetaData.ANSWER_PROJECT, answer.projectId().toString());
    if (checkedByOutcome) {
      // This sender retries a lost race, so a cached project is checked by the outcome alone.
      metaData.put(VerifiedCache.CHECKED_BY_OUTCOME, true);
    }
    String why = reason != null ? reason : reasonHeader(request.getHeader(REASON));
    if (why != null) {
      metaData.put(MetaDataKeys.REASON, why);
    }
    if (expectedVersion != null) {
      metaData.put(WriteMetaData.EXPECTED_VERSION, expectedVersion);
    }
    if (key != null) {
      metaData.put(MetaDataKeys.IDEMPOTENCY_KEY, key);
      metaData.put(WriteMetaData.REQUEST_HASH, requestHash);
      metaData.put(WriteMetaData.ANSWER_STATUS, answer.status());
      metaData.put(WriteMetaData.ANSWER_LOCATION, answer.location());
      metaData.put(WriteMetaData.ANSWER_ID, answer.id() == null ? null : answer.id().toString());
    }

    for (int attempt = 1; ; attempt++) {
      try {
        Outcome outcome =
            gateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command)
                    .withMetaData(MetaData.from(metaData)));
        return new Sent(answer.at(outcome.version()), outcome.result());
      } catch (StaleProject judgedOnAnOldCopy) {
        // The copy is dropped; the next attempt works on the stored project, If-Match included.
        if (attempt == ATTEMPTS) {
          throw tooManyRaces();
        }
      } catch (ConcurrencyException lostRace) {
        if (expectedVersion != null) {
          throw new LedgerException(
              ErrorCode.VERSION_MISMATCH,
              "The project changed while this write was made: read it again before changing it");
        }
        if (attempt == ATTEMPTS) {
          throw tooManyRaces();
        }
      } catch (LedgerException refused) {
        throw refused;
      } catch (RuntimeException failed) {
        // Another request with this key committed first (the key's unique row refused ours: over
        // Axon Server that arrives as a bare CommandExecutionException): answer as it was answered.
        Optional<Stored> first = key == null ? Optional.empty() : firstAnswer(actor, key, failed);
        if (first.isEmpty()) {
          throw failed;
        }
        return new Sent(replay(first.get(), requestHash), null);
      }
    }
  }

  /**
   * Sends a command that records nothing — a dry run — on behalf of the signed-in user and answers
   * what its handler returned. No key, no condition: there is nothing to replay or to race.
   */
  public Object ask(Object command) {
    Actor actor = CurrentActor.get();
    Outcome outcome =
        gateway.sendAndWait(
            GenericCommandMessage.asCommandMessage(command)
                .withMetaData(
                    MetaData.with(MetaDataKeys.ACTOR, actor.userName())
                        .and(MetaDataKeys.ACTOR_NAME, actor.fullName())
                        .and(MetaDataKeys.ROLES, roles(actor))
                        .and(MetaDataKeys.CORRELATION_ID, UUID.randomUUID().toString())));
    return outcome.result();
  }

  private static LedgerException tooManyRaces() {
    return new LedgerException(
        ErrorCode.CONCURRENT_MODIFICATION,
        "Other changes to this project were recorded at the same moment, "
            + ATTEMPTS
            + " times over; nothing of yours was recorded. Try again.");
  }

  /**
   * The actor's role names as an {@link ArrayList}: over Axon Server a metadata value that is not
   * text, a number or a boolean travels serialized with its class, and an immutable list's class
   * cannot be made again on the other side.
   */
  private static ArrayList<String> roles(Actor actor) {
    return actor.roles().stream()
        .map(Enum::name)
        .sorted()
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private Optional<Stored> firstAnswer(Actor actor, String key, RuntimeException failed) {
    try {
      return keys.find(actor.userName(), key);
    } catch (RuntimeException storeAway) {
      failed.addSuppressed(storeAway);
      return Optional.empty();
    }
  }

  private static ResponseEntity<WriteAnswer> replay(Stored first, String requestHash) {
    if (!first.requestHash().equals(requestHash)) {
      throw new LedgerException(
          ErrorCode.IDEMPOTENCY_KEY_REUSED,
          "This Idempotency-Key was used for another request; use a new key for a new write");
    }
    return first.answer().at(first.version());
  }

  private static Long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    Matcher matcher = ENTITY_TAG.matcher(ifMatch.trim());
    if (!matcher.matches()) {
      throw new InvalidRequest(IF_MATCH, "must be the ETag of a version, e.g. \"3\"");
    }
    return Long.parseLong(matcher.group(1));
  }

  private static String idempotencyKey(String key) {
    if (key == null) {
      return null;
    }
    if (!KEY.matcher(key).matches()) {
      throw new InvalidRequest(IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters");
    }
    return key;
  }

  private static String reasonHeader(String given) {
    if (given == null || given.isBlank()) {
      return null;
    }
    String reason = given.strip();
    if (reason.length() > 2000 || reason.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidRequest(REASON, "must be a reason of at most 2000 characters on one line");
    }
    return reason;
  }

  private static String correlationId(String given) {
    return given != null && KEY.matcher(given).matches() ? given : UUID.randomUUID().toString();
  }

  private String hash(HttpServletRequest request, Object body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(
          (request.getMethod() + " " + request.getRequestURI() + "\n")
              .getBytes(StandardCharsets.UTF_8));
      digest.update(json.writeValueAsBytes(body));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException("Cannot fingerprint the request", e);
    }
  }
}
