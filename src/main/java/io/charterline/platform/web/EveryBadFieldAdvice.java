package io.charterline.platform.web;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * One answer for a JSON body: every value of the wrong type and every unknown field ({@link BodyTypeErrors}),
 * together with the rules of the body's service ({@link BodyRules}), such as the required fields that are
 * missing. Without it a caller learns of one wrong type per request, and of the missing fields only after the
 * types are right.
 */
@ControllerAdvice
public class EveryBadFieldAdvice extends RequestBodyAdviceAdapter {

    private final ObjectProvider<BodyRules<?>> rules;

    public EveryBadFieldAdvice(ObjectProvider<BodyRules<?>> rules) {
        this.rules = rules;
    }

    @Bean
    static Jackson2ObjectMapperBuilderCustomizer readOnPastTypeErrors() {
        return builder -> builder.postConfigurer(mapper -> mapper.addHandler(new BodyTypeErrors())
                .registerModule(new WholeNumbers()).registerModule(new TextFields()));
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return AbstractJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) {
        BodyTypeErrors.collect();
        return input;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        List<InvalidField> errors = new ArrayList<>(BodyTypeErrors.collected());
        if (errors.isEmpty()) {
            return body;
        }
        Set<String> unreadable = errors.stream().map(InvalidField::field).collect(Collectors.toSet());
        ruleErrors(body).stream().filter(error -> !within(error.field(), unreadable)).forEach(errors::add);
        throw new InvalidInputException(errors);
    }

    /**
     * Whether a rule's field is one that could not be read or lies inside one: it is null because of the type
     * error, which names it already ("skills[0]" covers "skills[0].level").
     */
    private static boolean within(String field, Set<String> unreadable) {
        return unreadable.stream().anyMatch(bad -> field.equals(bad) || field.startsWith(bad + ".")
                || field.startsWith(bad + "["));
    }

    /**
     * An empty body was not read at all (an optional body): collecting ends here, or it would last through the
     * controller, and JSON read there with the shared ObjectMapper (stored documents) would turn a bad value
     * into null instead of failing.
     */
    @Override
    public Object handleEmptyBody(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                  Class<? extends HttpMessageConverter<?>> converterType) {
        BodyTypeErrors.collected();
        return body;
    }

    @SuppressWarnings("unchecked")
    private List<InvalidField> ruleErrors(Object body) {
        return rules.orderedStream().filter(rule -> rule.bodyType().isInstance(body)).findFirst()
                .map(rule -> ((BodyRules<Object>) rule).errorsOf(body))
                .orElse(List.of());
    }
}
