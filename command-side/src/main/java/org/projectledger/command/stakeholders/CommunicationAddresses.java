package org.projectledger.command.stakeholders;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.projectledger.api.communications.Channel;
import org.projectledger.platform.web.InvalidRequest;

/**
 * DOMAIN.md: the address is valid for its channel. An e-mail address has one {@code @} between a
 * local part and a dotted domain; a webhook is an absolute {@code http} or {@code https} URL with a
 * host and no user information. Checked before the address is sealed, since the aggregate only ever
 * sees it encrypted.
 */
final class CommunicationAddresses {

  private static final Pattern EMAIL =
      Pattern.compile(
          "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

  private CommunicationAddresses() {}

  static void requireValid(Channel channel, String address) {
    if (channel == Channel.EMAIL) {
      if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
        throw new InvalidRequest("address", "must be an e-mail address for the EMAIL channel");
      }
      return;
    }
    try {
      URI uri = new URI(address);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute()
          || !(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null
          || uri.getRawUserInfo() != null
          || uri.getRawFragment() != null) {
        throw new InvalidRequest(
            "address", "must be an absolute http or https URL for the WEBHOOK channel");
      }
    } catch (URISyntaxException e) {
      throw new InvalidRequest(
          "address", "must be an absolute http or https URL for the WEBHOOK channel");
    }
  }
}
