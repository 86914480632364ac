package io.charterline.change;

/** The kind of change the requester asks for, in ITIL's sense. */
public enum ChangeType {
    /** A routine change of a pre-approved kind; approved by the model itself while it stays small. */
    STANDARD,
    /** Any other planned change; assessed and approved by the route its impact calls for. */
    NORMAL,
    /** A change that cannot wait for the normal route; the emergency board decides and reviews it afterwards. */
    EMERGENCY
}
