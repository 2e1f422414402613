package org.projectledger.command.communications;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Where a webhook may go (security review, finding 4): a receiver's host is resolved when it is
 * sent to, and a name that resolves to a loopback, link-local, private, shared (100.64/10),
 * unique-local (fc00::/7), multicast or unspecified address is refused — so a manager cannot point
 * a webhook at the service itself, the cloud's metadata endpoint or the stack's other services. The
 * HTTP client connects to exactly the addresses checked here (it resolves through this class), so a
 * name cannot answer one address to the check and another to the connection. An operator who needs
 * an internal receiver names it in {@code ledger.communications.webhook-allowed-hosts}.
 */
final class ReceiverAddresses implements DnsResolver {

  /** A receiver refused for its address; the outcome recorded says so, and no more. */
  static final class Internal extends UnknownHostException {
    Internal(String host) {
      super(host + " resolves to an internal address");
    }
  }

  private final Set<String> allowed;

  /** {@code allowedHosts}: {@code host} or {@code host:port} entries, any case. */
  ReceiverAddresses(List<String> allowedHosts) {
    this.allowed =
        allowedHosts.stream()
            .map(String::trim)
            .filter(entry -> !entry.isEmpty())
            .map(entry -> entry.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /** Whether the operator allowed this receiver, by host or by host and port. */
  boolean allows(String host, int port) {
    String name = host.toLowerCase(Locale.ROOT);
    return allowed.contains(name) || allowed.contains(name + ":" + port);
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
    if (Arrays.stream(addresses).anyMatch(ReceiverAddresses::internal)) {
      throw new Internal(host);
    }
    return addresses;
  }

  @Override
  public String resolveCanonicalHostname(String host) throws UnknownHostException {
    return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
  }

  static boolean internal(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      // Unique local (fc00::/7), and IPv4 addresses written as IPv6 (::ffff:a.b.c.d).
      if ((bytes[0] & 0xfe) == 0xfc) {
        return true;
      }
      boolean mapped = bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
      for (int i = 0; i < 10 && mapped; i++) {
        mapped = bytes[i] == 0;
      }
      if (mapped) {
        try {
          return internal(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
        } catch (UnknownHostException e) {
          return true;
        }
      }
      return false;
    }
    // Shared address space (100.64.0.0/10, carrier-grade NAT) and "this network" (0.0.0.0/8).
    int first = bytes[0] & 0xff;
    int second = bytes[1] & 0xff;
    return (first == 100 && second >= 64 && second < 128) || first == 0;
  }
}
