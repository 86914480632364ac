package io.charterline.platform.security;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Fixes for the two critical 2026 advisories that Camunda 7.24 CE will not receive (see README, Security).
 * CVE-2026-77226 (the Admin webapp's first-run setup) is closed in {@link SecurityConfiguration} and by
 * {@code platform.identity.AdminAccount}; CVE-2026-109432 (expressions in query orQueries) by
 * {@link ExpressionQueryGuard}.
 */
@Configuration
class CamundaHardening {

    @Bean
    FilterRegistrationBean<ExpressionQueryGuard> expressionQueryGuard() {
        FilterRegistrationBean<ExpressionQueryGuard> registration = new FilterRegistrationBean<>(new ExpressionQueryGuard());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** After Spring Security, so that the form is read with the caller's own engine rights. */
    @Bean
    FilterRegistrationBean<TaskFormFieldsGuard> taskFormFieldsGuard(FormService formService, TaskService taskService) {
        FilterRegistrationBean<TaskFormFieldsGuard> registration =
                new FilterRegistrationBean<>(new TaskFormFieldsGuard(formService, taskService));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        return registration;
    }
}
