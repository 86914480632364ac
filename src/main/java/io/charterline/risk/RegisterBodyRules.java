package io.charterline.risk;

import io.charterline.platform.web.BodyRequest;
import io.charterline.platform.web.BodyRules;
import io.charterline.platform.web.InvalidField;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The register's rules for a risk's or an issue's body with values of the wrong type, so that one answer names
 * those and the broken rules together: a POST's as a new entry, a PUT's (its path names the entry) as a change.
 * Who may write is checked first, as the controllers do, so that the rules tell an outsider nothing.
 */
final class RegisterBodyRules<T> implements BodyRules<T> {

    /** The entry's broken rules; {@code id} is the entry a PUT changes, null for a new one. */
    interface Errors<T> {
        List<InvalidField> of(String projectKey, Long id, T body, List<InvalidField> roleErrors);
    }

    private final Class<T> bodyType;
    private final Function<T, String> status;
    private final Errors<T> errors;
    private final RegisterAccess access;

    private RegisterBodyRules(Class<T> bodyType, Function<T, String> status, Errors<T> errors,
                              RegisterAccess access) {
        this.bodyType = bodyType;
        this.status = status;
        this.errors = errors;
        this.access = access;
    }

    @Override
    public Class<T> bodyType() {
        return bodyType;
    }

    @Override
    public List<InvalidField> errorsOf(T body) {
        String projectKey = BodyRequest.pathVariable("key").orElseThrow();
        Optional<Long> id = BodyRequest.pathVariable("id").map(Long::valueOf);
        if (id.isEmpty()) {
            return errors.of(projectKey, null, body, access.requireRaiser(projectKey, status.apply(body)));
        }
        access.requireWriter(projectKey);
        return errors.of(projectKey, id.get(), body, List.of());
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        BodyRules<RiskInput> riskBodyRules(RiskRegister register, RegisterAccess access) {
            return new RegisterBodyRules<>(RiskInput.class, RiskInput::status, register::riskErrors, access);
        }

        @Bean
        BodyRules<IssueInput> issueBodyRules(RiskRegister register, RegisterAccess access) {
            return new RegisterBodyRules<>(IssueInput.class, IssueInput::status, register::issueErrors, access);
        }
    }
}
