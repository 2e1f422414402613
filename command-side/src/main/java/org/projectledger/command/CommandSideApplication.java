package org.projectledger.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The write side on its own: the write API and the event store, for the split deployment. */
@SpringBootApplication(
    scanBasePackages = {"org.projectledger.command", "org.projectledger.platform"})
public class CommandSideApplication {

  public static void main(String[] args) {
    System.setProperty("disable-axoniq-console-message", "true");
    SpringApplication.run(CommandSideApplication.class, args);
  }
}
