package io.charterline.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.charterline.platform.web.ProblemTypes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a call without valid credentials with a problem (RFC 9457) like every other refusal of the API, instead of
 * Spring Boot's error body, and keeps the {@code WWW-Authenticate: Basic} challenge that makes a browser or Swagger
 * UI ask for the password. A script that says it is one ({@code X-Requested-With: XMLHttpRequest}, as Cockpit's
 * Projects view does) gets no challenge, as with Spring Security's own HTTP Basic: it shows the refusal in its page,
 * where a password dialog over Cockpit would ask someone whose Cockpit session ended for a different sign-in.
 *
 * <p>The engine's identity service throttles sign-ins: after a wrong password it refuses that user's right one for
 * a few seconds, longer after each further failure, and locks the user after too many. {@code checkPassword}
 * answers false in every case and the public API does not tell a locked user apart, so the detail names both
 * causes.
 */
class UnauthorizedProblem implements AuthenticationEntryPoint {

    private static final String REQUESTED_WITH = "X-Requested-With";
    private static final String SCRIPT = "XMLHttpRequest";

    private final ObjectMapper json = new ObjectMapper();
    private final String realm;

    UnauthorizedProblem(String realm) {
        this.realm = realm;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException exception) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "Sign in with HTTP Basic: the user id and password of a Charterline user (Tasklist's login). "
                        + "None was given, or they do not match. After a wrong password, even the right one is refused "
                        + "for a few seconds (longer after each further failure): wait and try again; after too many "
                        + "failures in a row the user is locked until an administrator unlocks it in Admin.");
        problem.setType(ProblemTypes.UNAUTHORIZED.uri());
        problem.setTitle(ProblemTypes.UNAUTHORIZED.title());
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        if (!SCRIPT.equals(request.getHeader(REQUESTED_WITH))) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\"");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
