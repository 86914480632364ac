package io.charterline.platform.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Grants the groups their rights, creates the shared Tasklist filters and, with demo data on, the demo users. */
@Component
@Order(0)
class IdentityBootstrap implements ApplicationRunner {

    private final ProcessEngine engine;
    private final boolean demoEnabled;

    IdentityBootstrap(ProcessEngine engine, DemoProperties demo) {
        this.engine = engine;
        this.demoEnabled = demo.enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        new GroupAuthorizations(engine.getAuthorizationService()).grant();
        new TasklistFilters(engine.getFilterService(), engine.getTaskService(), engine.getAuthorizationService())
                .create();
        if (demoEnabled) {
            new DemoIdentity(engine.getIdentityService()).create();
        }
    }
}
