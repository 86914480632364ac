package io.charterline.platform.security;

import io.charterline.platform.identity.CharterlineGroups;
import java.util.Arrays;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two worlds share this server. Our API, engine-rest, Swagger UI and the actuator are stateless and take HTTP
 * Basic against the engine's identity service; our API's reads also take the webapps' session, so that Cockpit's
 * Projects view reads a project's KPIs and change log as the user signed in there. The Camunda webapps keep their
 * own session login and their own CSRF protection, so Spring Security only passes them through.
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfiguration {

    private static final String REALM = "Charterline";

    @Bean
    AuthenticationManager authenticationManager(EngineIdentityAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
                                    EngineIdentityAuthenticationProvider identities, ProcessEngine engine)
            throws Exception {
        UnauthorizedProblem unauthorized = new UnauthorizedProblem(REALM);
        // Path patterns, not MVC matchers: engine-rest is a Jersey servlet outside Spring MVC.
        http.securityMatcher(paths("/api/**", "/engine-rest/**", "/swagger-ui/**", "/swagger-ui.html",
                        "/v3/api-docs/**", "/actuator/**"))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasAnyAuthority(
                                CharterlineGroups.ADMINS, CharterlineGroups.PMO)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorized))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized))
                .csrf(csrf -> csrf.disable())
                // Reading with the webapps' session must leave it as it is: renewing its id against session
                // fixation is the webapps' login's job, and a new id here would sign Cockpit's other tabs out.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .addFilterBefore(new WebappSessionAuthenticationFilter(identities, engine.getName()),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(engine.getIdentityService()),
                        BasicAuthenticationFilter.class);
        return http.build();
    }

    private static RequestMatcher paths(String... patterns) {
        PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(Arrays.stream(patterns).<RequestMatcher>map(builder::matcher).toList());
    }

    @Bean
    @Order(2)
    SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
        // CVE-2026-77226: the setup endpoint decides "no admin yet" by counting direct members of camunda-admin
        // only, so anyone could create an administrator. Administrators are created by AdminAccount.
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths("/camunda/api/admin/setup/**")).denyAll()
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(Customizer.withDefaults());
        return http.build();
    }
}
