package org.projectledger.standalone;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.IntUnaryOperator;

/**
 * A webhook receiver on loopback for tests: each path answers as the test scripts it (by the number
 * of the request on that path), and every request is kept with its headers and body.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One request as received, and the status it was answered with (0: never answered). */
  record Received(
      String path,
      String timestamp,
      String signature,
      String notification,
      String body,
      int answered) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  /**
   * Answers requests to the path with the status the script gives for the n-th request (1, 2, …); a
   * negative status means: hold the request for that many milliseconds, then drop it unanswered.
   */
  void script(String path, IntUnaryOperator statusOfRequest) {
    server.createContext(
        path,
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          int number =
              (int) received.stream().filter(request -> request.path().equals(path)).count() + 1;
          int status = statusOfRequest.applyAsInt(number);
          received.add(
              new Received(
                  path,
                  exchange.getRequestHeaders().getFirst("X-Ledger-Timestamp"),
                  exchange.getRequestHeaders().getFirst("X-Ledger-Signature"),
                  exchange.getRequestHeaders().getFirst("X-Ledger-Notification"),
                  body,
                  Math.max(status, 0)));
          if (status < 0) {
            try {
              Thread.sleep(-status);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
  }

  int port() {
    return server.getAddress().getPort();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  List<Received> on(String path) {
    return received.stream().filter(request -> request.path().equals(path)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
