package io.charterline.risk;

public enum IssueStatus {
    OPEN, RESOLVED
}
