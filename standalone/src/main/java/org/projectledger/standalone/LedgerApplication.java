package org.projectledger.standalone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Project Ledger in one process: the command side and the query side over one embedded store. The
 * two sides' own application classes are left out of the scan; their components are not.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
    basePackages = {
      "org.projectledger.standalone",
      "org.projectledger.command",
      "org.projectledger.query",
      "org.projectledger.platform"
    },
    excludeFilters = {
      @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootApplication.class),
      // As @SpringBootApplication does: lets a test keep other tests' configurations out.
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class)
    })
public class LedgerApplication {

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("verify")) {
      System.exit(ExportVerifier.run(args, System.out));
    }
    System.setProperty("disable-axoniq-console-message", "true");
    SpringApplication.run(LedgerApplication.class, args);
  }
}
