package org.dyad.server;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a request may write into the store: it must name this server in its {@code Host}
 * (and {@code Origin}, when a browser sends one), carry the token printed at start-up, and send
 * JSON. Together these stop a web page the user happens to visit from posting into the store: a
 * cross-site form cannot send JSON or the token, and a DNS-rebinding page sends its own host name.
 *
 * <p>Inputs: the address and port the server listens on, and the token. Immutable, thread-safe.
 */
final class WriteGuard {
  /** Why a write was refused: the HTTP status and the message for the client. */
  record Refusal(int status, String message) {}

  static final Set<String> BODY_TYPES = Set.of("application/json", "application/x-ndjson");

  private final Set<String> hosts;
  private final int port;
  private final byte[] token;

  private WriteGuard(Set<String> hosts, int port, String token) {
    this.hosts = Set.copyOf(hosts);
    this.port = port;
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The names a request may give for a server listening on {@code host}:{@code port}: the address
   * itself, and for a loopback or wildcard address the loopback names; for a wildcard address also
   * every address of this machine and its host name.
   */
  static WriteGuard forAddress(String host, int port, String token) {
    Set<String> names = new HashSet<>();
    names.add(normal(host));
    InetAddress bound;
    try {
      bound = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      return new WriteGuard(names, port, token);
    }
    names.add(literal(bound));
    if (bound.isLoopbackAddress() || bound.isAnyLocalAddress()) {
      names.addAll(Set.of("localhost", "127.0.0.1", "[::1]"));
    }
    if (bound.isAnyLocalAddress()) {
      try {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
          for (InetAddress a : Collections.list(ni.getInetAddresses())) {
            names.add(literal(a));
          }
        }
        InetAddress self = InetAddress.getLocalHost();
        names.add(normal(self.getHostName()));
        names.add(normal(self.getCanonicalHostName()));
      } catch (SocketException | UnknownHostException e) {
        // the loopback names and the bound address remain
      }
    }
    return new WriteGuard(names, port, token);
  }

  /** Null when the request may write; else why not. */
  Refusal check(String hostHeader, String origin, String authorization, String contentType) {
    if (hostHeader == null || !sameServer(hostHeader)) {
      return new Refusal(
          403, "the Host header '" + hostHeader + "' does not name this server: write refused");
    }
    if (origin != null && !sameServer(originAuthority(origin))) {
      return new Refusal(
          403, "the Origin '" + origin + "' is not this server: cross-site write refused");
    }
    String prefix = "Bearer ";
    if (authorization == null
        || !authorization.startsWith(prefix)
        || !MessageDigest.isEqual(
            token,
            authorization.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8))) {
      return new Refusal(
          401,
          "writing needs the token 'dyad serve' printed at start-up, as the header"
              + " 'Authorization: Bearer TOKEN'");
    }
    String type =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!BODY_TYPES.contains(type)) {
      return new Refusal(
          415,
          "articles must be sent as application/json or application/x-ndjson, not '"
              + (contentType == null ? "no content type" : contentType)
              + "'");
    }
    return null;
  }

  /** {@code authority} is {@code name:port} of this server (a missing port means 80). */
  private boolean sameServer(String authority) {
    if (authority == null) {
      return false;
    }
    String name = authority;
    int p = 80;
    int colon = authority.lastIndexOf(':');
    if (colon > authority.lastIndexOf(']')) {
      name = authority.substring(0, colon);
      try {
        p = Integer.parseInt(authority.substring(colon + 1));
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return p == port && hosts.contains(normal(name));
  }

  private static String originAuthority(String origin) {
    try {
      URI u = new URI(origin);
      if (!"http".equalsIgnoreCase(u.getScheme()) || u.getHost() == null) {
        return null;
      }
      return u.getHost() + ":" + (u.getPort() < 0 ? 80 : u.getPort());
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String literal(InetAddress a) {
    String s = a.getHostAddress();
    int zone = s.indexOf('%');
    if (zone >= 0) {
      s = s.substring(0, zone);
    }
    return a instanceof Inet6Address ? normal("[" + s + "]") : s;
  }

  private static String normal(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains(":") && !n.startsWith("[")) {
      n = "[" + n + "]";
    }
    return n;
  }
}
