package io.charterline.platform.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Grants the groups their rights (and takes back what earlier versions granted too widely), creates the shared
 * Tasklist filters, the Charterline groups that are missing and, with demo data on, the demo users; and makes sure
 * an administrator exists.
 */
@Component
class IdentityBootstrap implements SmartInitializingSingleton {

    private final ProcessEngine engine;
    private final boolean demoEnabled;
    private final AdminProperties admin;
    private final CaseReadForTaskPeople caseRead;

    IdentityBootstrap(ProcessEngine engine, DemoProperties demo, AdminProperties admin,
                      CaseReadForTaskPeople caseRead) {
        this.engine = engine;
        this.demoEnabled = demo.enabled();
        this.admin = admin;
        this.caseRead = caseRead;
    }

    /** Runs before the web server opens, so no request ever meets an engine without its administrator. */
    @Override
    public void afterSingletonsInstantiated() {
        new GroupAuthorizations(engine.getAuthorizationService()).grant();
        new TaskWorkPermissions(engine.getAuthorizationService()).narrow();
        caseRead.grantForOpenTasksOnce();
        new TasklistFilters(engine.getFilterService(), engine.getTaskService(), engine.getAuthorizationService())
                .create();
        new CharterlineGroupDirectory(engine.getIdentityService()).createMissing();
        if (demoEnabled) {
            new DemoIdentity(engine.getIdentityService()).create();
        }
        new AdminAccount(engine.getIdentityService()).ensure(admin);
    }
}
