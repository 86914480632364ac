package io.charterline.platform.web;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * One limit for every request body of our API and engine-rest: the multipart limit
 * ({@code spring.servlet.multipart.max-request-size}), so a plan is refused at the same size whether it comes
 * as a file, as CSV or as JSON. It runs after Spring Security, so an anonymous caller gets 401, not 413.
 */
@Configuration(proxyBeanMethods = false)
class RequestSizeLimitConfiguration {

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(MultipartProperties multipart) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(multipart.getMaxRequestSize()));
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
