package io.charterline.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets whoever is signed in to the Camunda webapps read Charterline's API with that session: Cockpit's Projects view
 * fetches a project's KPIs and change log as it fetches the engine's data, so the browser never asks a signed-in
 * manager for the password again. Reads only (GET, HEAD): the API has no CSRF protection, which HTTP Basic does not
 * need but a session cookie, sent by the browser on its own, would. The user's groups are read again from the
 * identity service as for HTTP Basic, so both ways of signing in get the same rights.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final EngineIdentityAuthenticationProvider identities;
    private final String engineName;

    WebappSessionAuthenticationFilter(EngineIdentityAuthenticationProvider identities, String engineName) {
        this.identities = identities;
        this.engineName = engineName;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !READS.contains(request.getMethod())
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && SecurityContextHolder.getContext().getAuthentication() == null) {
            Authentication signedIn = AuthenticationUtil.getAuthsFromSession(session)
                    .getAuthenticationForProcessEngine(engineName);
            if (signedIn != null) {
                identities.signedIn(signedIn.getIdentityId()).ifPresent(user -> {
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(user);
                    SecurityContextHolder.setContext(context);
                });
            }
        }
        chain.doFilter(request, response);
    }
}
