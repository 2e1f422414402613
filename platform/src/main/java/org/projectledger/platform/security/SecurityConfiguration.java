package org.projectledger.platform.security;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.Role;
import org.projectledger.platform.web.ProblemWriter;
import org.projectledger.platform.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may call what, for both sides. Users sign in with HTTP Basic against the configured users, or
 * — where a deployment names an issuer — with its JWTs; the pages, where an OIDC client is
 * registered, through the provider ({@link PageSignIn}). Roles gate each path here; the aggregate
 * then checks the user's part in the project (its manager, its sponsor). Nothing is anonymous but
 * health, the API documentation and the pages' static shell; refusals answer as problems, are
 * counted and logged.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LedgerUsersProperties.class, LedgerSecurityProperties.class})
public class SecurityConfiguration {

  static final String REALM = "Project Ledger";

  /** Who reads projects: every role but ADMIN (operations read no project data) and METRICS. */
  private static final String[] READERS =
      names(Role.PMO, Role.MANAGER, Role.SPONSOR, Role.AUDITOR, Role.VIEWER);

  private static final String[] WRITERS = names(Role.PMO, Role.MANAGER, Role.SPONSOR);

  /**
   * Who reads a project's records (audit trail, timelines, provenance, communications): the PMO,
   * auditors, and managers and sponsors, each for their own projects (AuditTrailReaders).
   */
  private static final String[] RECORD_READERS =
      names(Role.PMO, Role.MANAGER, Role.SPONSOR, Role.AUDITOR);

  /** Who checks the chain (its digest, a verification): every signed-in role but VIEWER. */
  private static final String[] CHAIN_CHECKERS =
      names(Role.PMO, Role.MANAGER, Role.SPONSOR, Role.AUDITOR, Role.ADMIN);

  @Bean
  ConfiguredUsers ledgerUsers(LedgerUsersProperties properties, Environment environment) {
    return new ConfiguredUsers(properties, environment);
  }

  @Bean
  PasswordEncoder passwordEncoder(Clock clock, Environment environment, MeterRegistry registry) {
    return new CachingPasswordEncoder(
        PasswordEncoderFactories.createDelegatingPasswordEncoder(),
        clock,
        environment.getProperty(
            "ledger.security.password-cache-ttl", Duration.class, Duration.ofMinutes(1)),
        registry);
  }

  @Bean
  SecurityFilterChain ledgerSecurity(
      HttpSecurity http,
      ProblemWriter problems,
      SecurityEvents events,
      LedgerSecurityProperties properties,
      SignInThrottle signInThrottle,
      UserDetailsService ledgerUsers,
      SessionTokens sessionTokens,
      Clock clock,
      ObjectProvider<JwtDecoder> jwtDecoder,
      ObjectProvider<ClientRegistrationRepository> clients)
      throws Exception {
    AuthenticationEntryPoint notSignedIn =
        (request, response, exception) -> {
          // A browser never gets the Basic challenge: one direct visit to the API would make it
          // keep the credentials and send them with any cross-site form post after (CSRF). The
          // pages sign in with their own form and send the credentials themselves; scripts and
          // curl, which send Authorization themselves too, still get the challenge.
          if (!fromBrowser(request)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
          }
          problems.write(
              response,
              Problems.of(
                  ErrorCode.UNAUTHENTICATED,
                  "Sign in with HTTP Basic or a bearer token to use Project Ledger."));
        };
    AccessDeniedHandler notAllowed =
        (request, response, exception) -> {
          events.refused(request, ErrorCode.FORBIDDEN);
          problems.write(
              response, Problems.of(ErrorCode.FORBIDDEN, "Your roles do not allow this."));
        };
    http.csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/actuator/health",
                        "/actuator/health/**",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/v3/api-docs.yaml",
                        "/swagger-ui.html",
                        "/swagger-ui/**",
                        "/error")
                    .permitAll()
                    // The pages' shell only: scripts, styles and the empty page. Every figure
                    // they show comes from the read API, signed in.
                    .requestMatchers(
                        HttpMethod.GET,
                        "/",
                        "/index.html",
                        "/app/**",
                        "/webjars/**",
                        "/favicon.ico")
                    .permitAll()
                    // Sign in once, whoever you are: the answer is a token for your own roles.
                    .requestMatchers(HttpMethod.POST, "/api/session")
                    .authenticated()
                    // The sign-in page's choices, and the OIDC flow's own addresses.
                    .requestMatchers(HttpMethod.GET, "/api/session/providers")
                    .permitAll()
                    .requestMatchers("/oauth2/authorization/*", "/login/oauth2/code/*")
                    .permitAll()
                    .requestMatchers("/actuator/prometheus")
                    .hasAnyRole(names(Role.ADMIN, Role.METRICS))
                    .requestMatchers("/actuator/**", "/api/admin/**")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers(HttpMethod.GET, "/api/audit", "/api/ledger/export")
                    .hasAnyRole(names(Role.PMO, Role.AUDITOR))
                    .requestMatchers(
                        HttpMethod.GET,
                        "/api/projects/*/audit",
                        "/api/projects/*/stakeholders/*/timeline",
                        "/api/projects/*/dashboard/provenance",
                        "/api/projects/*/communications",
                        "/api/projects/*/exports/audit.csv")
                    .hasAnyRole(RECORD_READERS)
                    .requestMatchers(HttpMethod.GET, "/api/ledger/**")
                    .hasAnyRole(CHAIN_CHECKERS)
                    .requestMatchers(HttpMethod.GET, "/api/**")
                    .hasAnyRole(READERS)
                    .requestMatchers("/api/**")
                    .hasAnyRole(WRITERS)
                    .anyRequest()
                    .authenticated())
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(notSignedIn))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(notSignedIn).accessDeniedHandler(notAllowed))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                                    + " frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                    .permissionsPolicyHeader(
                        policy -> policy.policy("camera=(), microphone=(), geolocation=()")))
        .addFilterBefore(signInThrottle, BasicAuthenticationFilter.class)
        .addFilterBefore(
            new SessionTokenFilter(sessionTokens, ledgerUsers),
            BearerTokenAuthenticationFilter.class)
        .addFilterAfter(new UserLimits(properties, problems), AuthorizationFilter.class);
    ClientRegistrationRepository registrations = clients.getIfAvailable();
    if (registrations != null) {
      PageSignIn pages =
          new PageSignIn(new ProviderIdentities(properties, ledgerUsers), sessionTokens);
      http.oauth2Login(
          login ->
              login
                  .authorizationEndpoint(
                      endpoint ->
                          endpoint
                              .authorizationRequestResolver(PageSignIn.requests(registrations))
                              .authorizationRequestRepository(
                                  new SignedCookieAuthorizationRequests(
                                      sessionTokens.authorizationRequestKey(), clock)))
                  .authorizedClientRepository(PageSignIn.keepNoProviderTokens())
                  // The sign-in lasts the request (the pages then hold a token): no session.
                  .securityContextRepository(new RequestAttributeSecurityContextRepository())
                  .successHandler(pages.succeeded())
                  .failureHandler(pages.failed()));
    }
    if (jwtDecoder.getIfAvailable() != null) {
      http.oauth2ResourceServer(
          resourceServer ->
              resourceServer
                  .jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtRoles(properties, ledgerUsers)))
                  .authenticationEntryPoint(notSignedIn)
                  .accessDeniedHandler(notAllowed));
    }
    return http.build();
  }

  /**
   * Whether a request comes from a browser: the pages' own calls, anything a browser fetches
   * (browsers send the {@code Sec-Fetch-*} headers with every request) or a page it navigates to.
   */
  static boolean fromBrowser(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
        || request.getHeader("Sec-Fetch-Mode") != null
        || request.getHeader("Sec-Fetch-Site") != null
        || (accept != null && accept.contains("text/html"));
  }

  /** The throttle runs in the security chain only, before the password is checked. */
  @Bean
  FilterRegistrationBean<SignInThrottle> signInThrottleOutsideTheChain(SignInThrottle throttle) {
    FilterRegistrationBean<SignInThrottle> registration = new FilterRegistrationBean<>(throttle);
    registration.setEnabled(false);
    return registration;
  }

  private static String[] names(Role... roles) {
    String[] names = new String[roles.length];
    for (int i = 0; i < roles.length; i++) {
      names[i] = roles[i].name();
    }
    return names;
  }
}
