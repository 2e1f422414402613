package org.projectledger.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The read side on its own: tails the event store into read models and serves the reads. */
@SpringBootApplication(scanBasePackages = {"org.projectledger.query", "org.projectledger.platform"})
public class QuerySideApplication {

  public static void main(String[] args) {
    System.setProperty("disable-axoniq-console-message", "true");
    SpringApplication.run(QuerySideApplication.class, args);
  }
}
