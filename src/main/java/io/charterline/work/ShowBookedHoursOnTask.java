package io.charterline.work;

import static io.charterline.work.WorkPackageVariables.BOOKED_HOURS;

import io.charterline.plan.WorkPackage;
import io.charterline.plan.WorkPackageService;
import io.charterline.platform.process.EngineAsApplication;
import io.charterline.time.HoursBooked;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a work package's open task showing the hours booked on it so far: completing it asks for the total,
 * entries included. Written as Charterline, in the booking's transaction: the person booking may not have the
 * engine right to change the work package's instance.
 */
@Component
class ShowBookedHoursOnTask {

    private final WorkPackageService workPackages;
    private final RuntimeService runtimeService;
    private final EngineAsApplication asApplication;

    ShowBookedHoursOnTask(WorkPackageService workPackages, RuntimeService runtimeService,
                          EngineAsApplication asApplication) {
        this.workPackages = workPackages;
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
    }

    @EventListener
    void on(HoursBooked booked) {
        workPackages.find(booked.projectKey(), booked.workPackage()).map(WorkPackage::processInstanceId)
                .filter(Objects::nonNull)
                .ifPresent(instance -> asApplication.call(() -> {
                    // only a display aid: a package whose instance is gone still takes its booking
                    if (runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
                        runtimeService.setVariable(instance, BOOKED_HOURS, booked.bookedHours().doubleValue());
                    }
                    return null;
                }));
    }
}
