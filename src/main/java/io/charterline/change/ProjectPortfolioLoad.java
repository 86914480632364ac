package io.charterline.change;

import io.charterline.resource.AssignmentService;
import io.charterline.resource.ProjectAssignment;
import io.charterline.resource.ResourcePool;
import io.charterline.resource.ResourceView;
import io.charterline.resource.WeeklyLoad;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The portfolio's load as one project's change sees it, read from the resource pool and its bookings. */
final class ProjectPortfolioLoad implements PortfolioLoad {

    private final AssignmentService assignments;
    private final ResourcePool pool;
    private final Map<String, ProjectAssignment> byPackage = new HashMap<>();

    ProjectPortfolioLoad(String projectKey, AssignmentService assignments, ResourcePool pool) {
        this.assignments = assignments;
        this.pool = pool;
        assignments.assignmentsOf(projectKey).forEach(booked -> byPackage.put(booked.packageCode(), booked));
    }

    @Override
    public Optional<String> bookedOn(String packageCode) {
        return Optional.ofNullable(byPackage.get(packageCode)).map(ProjectAssignment::userId);
    }

    @Override
    public Map<LocalDate, BigDecimal> bookedWeeksOf(String packageCode) {
        Map<LocalDate, BigDecimal> weeks = new TreeMap<>();
        Optional.ofNullable(byPackage.get(packageCode)).ifPresent(booked -> booked.weeks()
                .forEach(week -> weeks.merge(week.weekStart(), week.hours(), BigDecimal::add)));
        return weeks;
    }

    @Override
    public List<String> qualified(String skill, int minLevel) {
        return pool.list(skill, minLevel).stream().filter(ResourceView::active).map(ResourceView::userId).toList();
    }

    @Override
    public List<WeeklyLoad> loadOf(String userId, LocalDate from, LocalDate to) {
        return assignments.loadOf(userId, from, to);
    }
}
