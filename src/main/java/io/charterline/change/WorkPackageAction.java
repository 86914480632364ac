package io.charterline.change;

/** What a change does to one work package of the baseline. */
public enum WorkPackageAction {
    ADD, REMOVE, MODIFY
}
