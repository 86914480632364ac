package io.charterline.risk;

/** The open part of a project's register: risks with status OPEN and issues with status OPEN, by severity. */
public record OpenItemCounts(SeverityCounts risks, SeverityCounts issues) {

    public static final OpenItemCounts NONE = new OpenItemCounts(SeverityCounts.NONE, SeverityCounts.NONE);

    public OpenItemCounts {
        if (risks == null || issues == null) {
            throw new IllegalArgumentException("Both risk and issue counts are required");
        }
    }
}
