package io.charterline.cmdb;

/**
 * Why a service may not be changed in a given interval.
 *
 * @param service the item's key; null for a freeze of the whole catalog
 */
public record ScheduleConflict(String service, Kind kind, String detail) {

    public enum Kind {
        /** The service has maintenance windows and the interval does not fit into any one of them. */
        OUTSIDE_MAINTENANCE_WINDOW,
        /** The service itself is frozen on a day of the interval. */
        SERVICE_FREEZE,
        /** The whole catalog is frozen on a day of the interval. */
        GLOBAL_FREEZE
    }
}
