package io.charterline.work;

import io.charterline.plan.WorkPackageService;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;

/**
 * People of a test's own for the work it completes. A completion's hours fill its person's days across all projects,
 * and the tests share one database and the demo pool's people on the real today, so a test that completes work as a
 * pool member or a shared user would depend on what other tests reported for them today.
 */
public final class OwnWorker {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private OwnWorker() {
    }

    /** A new user, for the work of one test. */
    public static String create(IdentityService identityService) {
        String worker = "own-worker-" + SEQUENCE.incrementAndGet();
        User user = identityService.newUser(worker);
        user.setFirstName("Own");
        user.setLastName(worker);
        identityService.saveUser(user);
        return worker;
    }

    /** Makes a new user the assignee of the package and of its open task; answers the user's id. */
    public static String handOver(ProcessEngine engine, WorkPackageService workPackages, String projectKey,
                                  String code) {
        String worker = create(engine.getIdentityService());
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(projectKey + ":" + code)
                .singleResult();
        workPackages.assign(projectKey, code, worker);
        engine.getTaskService().setAssignee(task.getId(), worker);
        return worker;
    }
}
