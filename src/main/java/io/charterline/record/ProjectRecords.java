package io.charterline.record;

import io.charterline.change.ChangeRequestRepository;
import io.charterline.plan.Baseline;
import io.charterline.plan.BaselineService;
import io.charterline.plan.WorkPackage;
import io.charterline.plan.WorkPackageService;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import io.charterline.resource.Staffing;
import io.charterline.time.TimeEntryService;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProjectRecords {

    private final ProjectRegistry projects;
    private final BaselineService baselines;
    private final WorkPackageService workPackages;
    private final TimeEntryService timeEntries;
    private final Staffing staffing;
    private final ChangeRequestRepository changeRequests;

    public ProjectRecords(ProjectRegistry projects, BaselineService baselines, WorkPackageService workPackages,
                          TimeEntryService timeEntries, Staffing staffing, ChangeRequestRepository changeRequests) {
        this.projects = projects;
        this.baselines = baselines;
        this.workPackages = workPackages;
        this.timeEntries = timeEntries;
        this.staffing = staffing;
        this.changeRequests = changeRequests;
    }

    /** The planned rate of every live package; only packages a change removed take a look at older versions. */
    private Map<String, BigDecimal> hourlyRates(String projectKey, Baseline current, List<WorkPackage> live) {
        Map<String, BigDecimal> rates = new HashMap<>();
        if (current != null) {
            current.plan().packages().forEach(p -> rates.put(p.code(), p.hourlyRate()));
        }
        List<String> removed = live.stream().map(WorkPackage::code).filter(code -> !rates.containsKey(code))
                .toList();
        if (!removed.isEmpty()) {
            rates.putAll(baselines.lastPlannedRates(projectKey, removed));
        }
        return rates;
    }

    @Transactional(readOnly = true)
    public ProjectRecord of(String projectKey) {
        Project project = projects.require(projectKey);
        Baseline current = baselines.currentBaseline(projectKey).orElse(null);
        // Until a change is applied, the current baseline is the first: read it once.
        Baseline first = current != null && current.version() == 1 ? current
                : baselines.baseline(projectKey, 1).orElse(null);
        List<WorkPackage> packages = workPackages.list(projectKey);
        return new ProjectRecord(project, first, current, packages,
                timeEntries.actualHoursByPackage(projectKey, packages), timeEntries.hoursByPackage(projectKey),
                hourlyRates(projectKey, current, packages),
                staffing.assigneesOf(projectKey),
                changeRequests.findByProjectIdOrderByCreatedAtAsc(project.getId()));
    }
}
