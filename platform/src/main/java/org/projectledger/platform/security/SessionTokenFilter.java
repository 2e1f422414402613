package org.projectledger.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes a bearer token this service issued ({@link SessionTokens}) before the password or an
 * identity provider's token is looked at: a valid one signs its user in as their password would,
 * with their roles as configured now (a user removed since is no longer signed in); a token issued
 * to a user of the identity provider carries the roles the provider gave at sign-in. The header is
 * then hidden from the filters after it, so that nothing else reads the token; an invalid token of
 * ours signs nobody in. Tokens of a deployment's identity provider pass on untouched.
 *
 * <p>The sign-in is also kept in the request's attributes, as HTTP Basic's is: an answer written
 * after the controller returns (the ledger's export, the dashboard's stream) ends in an
 * asynchronous dispatch that this filter does not see, and the security filters find it there.
 */
class SessionTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final SessionTokens tokens;
  private final UserDetailsService users;
  private final RequestAttributeSecurityContextRepository signIns =
      new RequestAttributeSecurityContextRepository();

  SessionTokenFilter(SessionTokens tokens, UserDetailsService users) {
    this.tokens = tokens;
    this.users = users;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    String token =
        header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
            ? header.substring(BEARER.length()).trim()
            : null;
    if (token == null || !tokens.ours(token)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<SessionTokens.Verified> verified = tokens.verify(token);
    if (verified.isPresent()) {
      try {
        SessionTokens.Verified signedIn = verified.get();
        UserDetails user =
            signedIn.provider() == null
                ? users.loadUserByUsername(signedIn.userName())
                : new LedgerUser(
                    signedIn.userName(),
                    "",
                    signedIn.printedName() == null ? signedIn.userName() : signedIn.printedName(),
                    signedIn.roles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toList());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
            new SessionAuthentication(user, signedIn.signedInAt(), signedIn.provider()));
        SecurityContextHolder.setContext(context);
        signIns.saveContext(context, request, response);
      } catch (UsernameNotFoundException removed) {
        // The user is gone: the token signs nobody in.
      }
    }
    chain.doFilter(new WithoutAuthorization(request), response);
  }

  /** The request with its Authorization header read already. */
  private static final class WithoutAuthorization extends HttpServletRequestWrapper {

    WithoutAuthorization(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name)
          ? Collections.emptyEnumeration()
          : super.getHeaders(name);
    }
  }
}
