package io.charterline.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Refuses the query parameters an operation marked {@link KnownParametersOnly} does not know, every one at once. */
@Configuration
class KnownParametersCheck implements WebMvcConfigurer, HandlerInterceptor {

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(KnownParametersOnly.class)) {
            return true;
        }
        List<String> known = Arrays.stream(method.getMethodParameters())
                .map(KnownParametersCheck::requestParamName).filter(Objects::nonNull).toList();
        List<InvalidField> unknown = request.getParameterMap().keySet().stream()
                .filter(name -> !known.contains(name)).sorted()
                .map(name -> new InvalidField(name, "unknown parameter; use " + String.join(", ", known)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return true;
    }

    private static String requestParamName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param == null) {
            return null;
        }
        if (!param.name().isEmpty()) {
            return param.name();
        }
        parameter.initParameterNameDiscovery(NAMES);
        return parameter.getParameterName();
    }
}
