package io.charterline.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Runs the asynchronous steps that the job executor would run; it is off in tests, so that they run in order. */
public final class AsyncSteps {

    private AsyncSteps() {
    }

    /** Every job of the instance that is due, timers included, until none is left, the ones these create too. */
    public static void runDue(ManagementService managementService, String processInstanceId) {
        List<Job> jobs;
        while (!(jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list())
                .isEmpty()) {
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    /** The same for asynchronous continuations only: timers wait for their test to fire them. */
    public static void runContinuations(ManagementService managementService, String processInstanceId) {
        List<Job> jobs;
        while (!(jobs = managementService.createJobQuery().processInstanceId(processInstanceId).messages().list())
                .isEmpty()) {
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
    }
}
