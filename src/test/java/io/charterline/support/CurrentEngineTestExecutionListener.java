package io.charterline.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * engine-rest and the webapps find their engine by name in a JVM-wide registry, and every cached Spring test
 * context registers its own engine as "default". Before each test the engine of the test's own context is put
 * back in that place, so HTTP calls reach the database the test set up, whatever other contexts are cached.
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
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
