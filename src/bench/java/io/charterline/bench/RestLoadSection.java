package io.charterline.bench;

final class RestLoadSection {

    private final Report report;
    private final boolean quick;

    RestLoadSection(Report report, boolean quick) {
        this.report = report;
        this.quick = quick;
    }

    void run() {
    }
}
