package io.charterline.support;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * engine-rest and the webapps find their engine by name in a JVM-wide registry, and every cached Spring test
 * context registers its own engine as "default". Before each test the engine of the test's own context is put
 * back in that place, so HTTP calls reach the database the test set up, whatever other contexts are cached.
 * The webapps also keep JVM-wide runtime delegates, which a closed context's webapps set to null (tests that
 * restart the application close theirs): they are put back too, or every cached context's Tasklist, Cockpit and
 * Admin would answer 500.
 */
public class CurrentEngineTestExecutionListener implements TestExecutionListener, Ordered {

    /** For {@code @BeforeAll} methods of per-class test instances, which run before any test method. */
    @Override
    public void prepareTestInstance(TestContext testContext) {
        beforeTestMethod(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                    .ifAvailable(ProcessEngines::registerProcessEngine);
            restoreWebappDelegates();
        }
    }

    private static void restoreWebappDelegates() {
        if (Cockpit.getRuntimeDelegate() == null) {
            Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
        }
        if (Tasklist.getRuntimeDelegate() == null) {
            Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
        }
        if (Admin.getRuntimeDelegate() == null) {
            Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
        }
        if (Welcome.getRuntimeDelegate() == null) {
            Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
