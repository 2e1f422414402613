package org.projectledger.standalone;

import java.util.ArrayList;
import java.util.List;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The standalone service started in the test's JVM on a fresh PostgreSQL database, with the test
 * users, for tests that need more than one service side by side or one with extra beans.
 */
final class InProcessServices {

  private InProcessServices() {}

  /**
   * Starts the service. {@code sources} are added as configuration (classes with {@code @Bean}
   * methods, left unannotated so that no other test's component scan finds them); {@code
   * properties} are {@code name=value} pairs on top of the defaults.
   */
  static ConfigurableApplicationContext start(List<Class<?>> sources, String... properties) {
    List<String> all = new ArrayList<>(List.of(TestUsers.PROPERTIES));
    all.add("spring.datasource.url=" + TestPostgres.server().createDatabase());
    all.add("spring.datasource.username=" + TestPostgres.server().user());
    all.add("spring.datasource.password=" + TestPostgres.server().password());
    all.add("server.port=0");
    all.add("spring.profiles.active=postgres");
    all.addAll(List.of(properties));
    return new SpringApplicationBuilder(LedgerApplication.class)
        .sources(sources.toArray(Class<?>[]::new))
        .initializers(
            context ->
                context
                    .getBeanFactory()
                    .registerSingleton("otherTestsStayOut", new OtherTestsStayOut()))
        .run(all.stream().map(property -> "--" + property).toArray(String[]::new));
  }

  /**
   * Keeps the configurations of other test classes ({@code @TestConfiguration}) out of the scan, as
   * {@code @SpringBootTest} does for the contexts it starts.
   */
  static final class OtherTestsStayOut extends TypeExcludeFilter {
    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
      return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof OtherTestsStayOut;
    }

    @Override
    public int hashCode() {
      return OtherTestsStayOut.class.hashCode();
    }
  }

  static LedgerHttp http(ConfigurableApplicationContext context) {
    return new LedgerHttp(((WebServerApplicationContext) context).getWebServer().getPort());
  }
}
