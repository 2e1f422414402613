package org.projectledger.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages' sign-in through the organisation's OIDC provider (Spring Security's OAuth2 client,
 * {@code spring.security.oauth2.client.registration.*}): the authorization code flow with PKCE and
 * a nonce; the ID token's user and roles by the same identity rules as an API client's JWT ({@link
 * ProviderIdentities}); then the pages get one of this service's short-lived session tokens ({@link
 * SessionTokens}), handed over in the address's fragment (never sent to a server, taken out of the
 * address and the history at once). The sign-in in flight is an encrypted cookie ({@link
 * SignedCookieAuthorizationRequests}), the provider's own tokens are dropped, and no HTTP session
 * is made. {@code /oauth2/authorization/{id}?fresh} asks the provider for a fresh sign-in ({@code
 * prompt=login}, {@code max_age=0}): the re-authentication a signed act needs.
 */
final class PageSignIn {

  private static final Logger LOG = LoggerFactory.getLogger(PageSignIn.class);

  private final ProviderIdentities identities;
  private final SessionTokens tokens;

  PageSignIn(ProviderIdentities identities, SessionTokens tokens) {
    if (!identities.issuerConfigured()) {
      throw new IllegalStateException(
          "The pages sign in through an OIDC provider (spring.security.oauth2.client.registration"
              + ".*), but ledger.security.issuer does not name the issuer its tokens must come from");
    }
    if (!tokens.enabled()) {
      throw new IllegalStateException(
          "The pages sign in through an OIDC provider, but ledger.security.session-key is not set:"
              + " the pages' short-lived token after the sign-in needs it (openssl rand -base64 32)");
    }
    this.identities = identities;
    this.tokens = tokens;
  }

  /**
   * The provider's tokens are not kept: the pages call no API of the provider's, and this service
   * issues its own short-lived token; keeping them would hold a session on the server for nothing.
   */
  static OAuth2AuthorizedClientRepository keepNoProviderTokens() {
    return new OAuth2AuthorizedClientRepository() {
      @Override
      public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
          String registrationId, Authentication principal, HttpServletRequest request) {
        return null;
      }

      @Override
      public void saveAuthorizedClient(
          OAuth2AuthorizedClient client,
          Authentication principal,
          HttpServletRequest request,
          HttpServletResponse response) {
        // Dropped: see above.
      }

      @Override
      public void removeAuthorizedClient(
          String registrationId,
          Authentication principal,
          HttpServletRequest request,
          HttpServletResponse response) {
        // Nothing kept, nothing to remove.
      }
    };
  }

  /** PKCE on every authorization request; {@code ?fresh} asks for a sign-in now. */
  static OAuth2AuthorizationRequestResolver requests(ClientRegistrationRepository clients) {
    DefaultOAuth2AuthorizationRequestResolver resolver =
        new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
    resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    return new FreshSignIn(resolver);
  }

  AuthenticationSuccessHandler succeeded() {
    return (request, response, authentication) -> {
      forgetTheFlow(request);
      if (!(authentication instanceof OAuth2AuthenticationToken token)
          || !(token.getPrincipal() instanceof OidcUser user)) {
        refuse(request, response, "The provider did not answer with an OpenID Connect sign-in");
        return;
      }
      ProviderIdentities.ProviderIdentity identity;
      try {
        Map<String, Object> claims = new LinkedHashMap<>(user.getClaims());
        identity =
            identities.identify(
                user.getIdToken().getIssuer() == null
                    ? null
                    : user.getIdToken().getIssuer().toString(),
                claims);
      } catch (ProviderIdentities.Refused refused) {
        refuse(request, response, refused.getMessage());
        return;
      }
      Instant authenticatedAt =
          user.getIdToken().getAuthenticatedAt() != null
              ? user.getIdToken().getAuthenticatedAt()
              : user.getIdToken().getIssuedAt();
      String registration = token.getAuthorizedClientRegistrationId();
      SessionTokens.Issued issued =
          tokens.issueForProvider(identity, authenticatedAt, registration);
      LOG.info(
          "Signed in through {}: user={} roles={} authenticated at {}",
          registration,
          identity.userName(),
          identity.roles(),
          authenticatedAt);
      String fragment =
          UriComponentsBuilder.newInstance()
              .queryParam("token", issued.token())
              .queryParam("expiresAt", issued.expiresAt())
              .queryParam("signedInAt", issued.signedInAt())
              .queryParam("user", identity.userName())
              .queryParam("provider", registration)
              .encode()
              .build()
              .getQuery();
      response.sendRedirect(request.getContextPath() + "/#/signed-in?" + fragment);
    };
  }

  AuthenticationFailureHandler failed() {
    return (request, response, exception) -> {
      forgetTheFlow(request);
      refuse(request, response, reason(exception));
    };
  }

  private static String reason(AuthenticationException exception) {
    String message = exception.getMessage();
    return message == null || message.isBlank()
        ? "The provider's sign-in was refused"
        : message.length() > 300 ? message.substring(0, 300) : message;
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, String why)
      throws IOException {
    LOG.warn("Sign-in through the identity provider refused: {}", why);
    String fragment =
        UriComponentsBuilder.newInstance().queryParam("reason", why).encode().build().getQuery();
    response.sendRedirect(request.getContextPath() + "/#/sign-in-refused?" + fragment);
  }

  /**
   * Nothing of the flow outlives it: the pages hold a token from now on, so the security context is
   * cleared, and a session, should anything have made one, ends.
   */
  private static void forgetTheFlow(HttpServletRequest request) {
    SecurityContextHolder.clearContext();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /** Adds {@code prompt=login} and {@code max_age=0} where the pages ask for a fresh sign-in. */
  private record FreshSignIn(DefaultOAuth2AuthorizationRequestResolver resolver)
      implements OAuth2AuthorizationRequestResolver {

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
      return fresh(request, resolver.resolve(request));
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
      return fresh(request, resolver.resolve(request, registrationId));
    }

    private static OAuth2AuthorizationRequest fresh(
        HttpServletRequest request, OAuth2AuthorizationRequest authorization) {
      if (authorization == null || request.getParameter("fresh") == null) {
        return authorization;
      }
      return OAuth2AuthorizationRequest.from(authorization)
          .additionalParameters(
              parameters -> {
                parameters.put("prompt", "login");
                parameters.put("max_age", "0");
              })
          .build();
    }
  }
}
