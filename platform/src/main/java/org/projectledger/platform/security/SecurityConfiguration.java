package org.projectledger.platform.security;

import org.projectledger.api.ErrorCode;
import org.projectledger.platform.web.ProblemWriter;
import org.projectledger.platform.web.Problems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Sign-in for both sides: HTTP Basic against the configured users, no sessions, nothing anonymous
 * but health and the API documentation. Refusals answer as problems like every other error.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerUsersProperties.class)
public class SecurityConfiguration {

  static final String REALM = "Project Ledger";

  @Bean
  UserDetailsService ledgerUsers(LedgerUsersProperties properties, Environment environment) {
    return new ConfiguredUsers(properties, environment);
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  SecurityFilterChain ledgerSecurity(HttpSecurity http, ProblemWriter problems) throws Exception {
    AuthenticationEntryPoint notSignedIn =
        (request, response, exception) -> {
          response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
          problems.write(
              response,
              Problems.of(
                  ErrorCode.UNAUTHENTICATED, "Sign in with HTTP Basic to use Project Ledger."));
        };
    AccessDeniedHandler notAllowed =
        (request, response, exception) ->
            problems.write(
                response, Problems.of(ErrorCode.FORBIDDEN, "Your roles do not allow this."));
    return http.csrf(AbstractHttpConfigurer::disable)
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
                        "/swagger-ui.html",
                        "/swagger-ui/**",
                        "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(notSignedIn))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(notSignedIn).accessDeniedHandler(notAllowed))
        .headers(Customizer.withDefaults())
        .build();
  }
}
