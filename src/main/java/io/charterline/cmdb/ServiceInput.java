package io.charterline.cmdb;

import java.time.LocalDate;
import java.util.List;

/**
 * A service as POST and PUT {@code /api/services} take it. Values stay as given until {@link ServiceValidator}
 * has checked them, so every bad field is reported at once.
 *
 * @param owner          user id of the service owner (optional)
 * @param dependsOn      keys of the items this service needs
 * @param freezePeriods  this service's own freeze periods; global ones live under {@code /api/freeze-periods}
 */
public record ServiceInput(
        String key,
        String name,
        String description,
        Criticality criticality,
        String owner,
        List<String> dependsOn,
        List<MaintenanceWindow> maintenanceWindows,
        List<FreezeInput> freezePeriods) {

    /** A freeze period to create: first and last frozen day (both inclusive) and why. */
    public record FreezeInput(LocalDate from, LocalDate to, String reason) {
    }

    public List<String> dependsOnOrEmpty() {
        return dependsOn == null ? List.of() : dependsOn;
    }

    public List<MaintenanceWindow> maintenanceWindowsOrEmpty() {
        return maintenanceWindows == null ? List.of() : maintenanceWindows;
    }

    public List<FreezeInput> freezePeriodsOrEmpty() {
        return freezePeriods == null ? List.of() : freezePeriods;
    }
}
