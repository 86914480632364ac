package io.charterline.cmdb;

/** How much the business suffers when a service fails; CRITICAL services weigh on governance and change routes. */
public enum Criticality {
    LOW, MEDIUM, HIGH, CRITICAL
}
