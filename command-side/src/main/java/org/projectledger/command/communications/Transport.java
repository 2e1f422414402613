package org.projectledger.command.communications;

import java.util.UUID;
import org.projectledger.api.communications.Channel;

/** One way of reaching a stakeholder. A try answers whether the receiver took the message. */
interface Transport {

  /** What a try came to: taken or not, and what the receiver (or the network) answered. */
  record Result(boolean delivered, String outcome) {}

  Channel channel();

  Result send(UUID notificationId, String address, String subject, String body);
}
