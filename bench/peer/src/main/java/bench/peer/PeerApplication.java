package bench.peer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A budget per aggregate: created, then costs recorded and progress reported against it. */
@SpringBootApplication
public class PeerApplication {

  public static void main(String[] args) {
    SpringApplication.run(PeerApplication.class, args);
  }
}
