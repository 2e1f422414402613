package org.projectledger.api.communications;

import java.time.Instant;

/**
 * One try to deliver a notification: when, whether the receiver took it, and what it answered (an
 * SMTP reply, an HTTP status, or why nothing was answered).
 */
public record DeliveryAttempt(int number, Instant at, boolean delivered, String outcome) {}
