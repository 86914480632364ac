package io.charterline.platform.security;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;

/**
 * Puts {@link TaskClaimGuard} behind the webapps' login filter, which tells the engine who is working in Tasklist:
 * the webapps add their filters at the end of the chain, so ours is added there too, after theirs. That order
 * holds only if our registration runs after the webapps', hence an auto-configuration that follows theirs
 * (a filter registration bean of ours would always be registered first). On engine-rest the guard runs after
 * Spring Security, which tells the engine the caller.
 */
@AutoConfiguration(after = CamundaBpmWebappAutoConfiguration.class)
public class TaskClaimGuardRegistration {

    @Bean
    ServletContextInitializer taskClaimGuard(TaskService taskService, IdentityService identityService) {
        return servletContext -> servletContext.addFilter("taskClaimGuard",
                        new TaskClaimGuard(taskService, identityService))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true,
                        "/engine-rest/*", "/camunda/api/engine/*");
    }
}
