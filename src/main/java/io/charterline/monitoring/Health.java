package io.charterline.monitoring;

/** The traffic light of a status cycle, ordered from good to bad. */
public enum Health {
    GREEN, AMBER, RED
}
