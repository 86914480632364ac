package io.charterline.change;

import io.charterline.cmdb.Criticality;
import io.charterline.cmdb.Dependency;
import io.charterline.cmdb.FreezePeriodView;
import io.charterline.cmdb.MaintenanceWindow;
import io.charterline.cmdb.ServiceGraph;
import io.charterline.cmdb.ServiceNode;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A small catalog drawn by hand: PORTAL and MOBILE use APP, APP uses DB, DB uses STORAGE; LOGS stands apart.
 * DB may change on Saturdays from 22:00 for four hours.
 */
final class ServiceGraphs {

    static final MaintenanceWindow DB_WINDOW = new MaintenanceWindow(DayOfWeek.SATURDAY, LocalTime.of(22, 0), 240);

    private ServiceGraphs() {
    }

    static ServiceGraph catalog(FreezePeriodView... freezes) {
        return new ServiceGraph(List.of(
                new ServiceNode("STORAGE", "Storage", Criticality.HIGH),
                new ServiceNode("DB", "Database", Criticality.CRITICAL),
                new ServiceNode("APP", "Application", Criticality.HIGH),
                new ServiceNode("PORTAL", "Portal", Criticality.MEDIUM),
                new ServiceNode("MOBILE", "Mobile backend", Criticality.CRITICAL),
                new ServiceNode("LOGS", "Logging", Criticality.LOW)),
                List.of(new Dependency("DB", "STORAGE"), new Dependency("APP", "DB"),
                        new Dependency("PORTAL", "APP"), new Dependency("MOBILE", "APP")),
                Map.of("DB", List.of(DB_WINDOW)), List.of(freezes));
    }
}
