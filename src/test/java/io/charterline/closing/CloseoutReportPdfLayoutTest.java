package io.charterline.closing;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.closing.CloseoutReportData.Change;
import io.charterline.closing.CloseoutReportData.RegisterEntry;
import io.charterline.closing.CloseoutReportData.ResourceUse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** How the PDF lays the report out on A4: every table within the page, no heading left alone at a page's foot. */
class CloseoutReportPdfLayoutTest {

    private static final LocalDate GENERATED = LocalDate.of(2026, 10, 2);
    /** The template's right page margin, 14 mm, in PDF points. */
    private static final float RIGHT_MARGIN = 14 / 25.4f * 72;
    private static final List<String> HEADINGS = List.of("Objectives and scope",
            "Schedule and cost: baseline vs actual", "Key performance indicators", "Burn chart", "Changes",
            "Risks and issues", "Resources used", "Lessons learned");

    private final CloseoutReportRenderer renderer = new CloseoutReportRenderer(new CloseoutCharts());

    @Test
    void theChangesTableWithLongCausesAndDecisionsStaysWithinThePage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(renderer.html(withDemoLikeChanges(0), GENERATED)))) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                float rightEdge = pdf.getPage(page - 1).getMediaBox().getWidth() - RIGHT_MARGIN;

                assertThat(rightmostText(pdf, page)).as("right edge of the text on page %d", page)
                        .isLessThanOrEqualTo(rightEdge + 0.5f);
            }
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Sales found that the old feed cannot reach the cloud edition");
        }
    }

    /**
     * Register entries push the later sections down the pages, so that over the range each heading comes near a
     * page's foot once.
     */
    @Test
    void noSectionHeadingIsTheLastLineOfAPage() throws IOException {
        for (int entries = 0; entries <= 24; entries += 2) {
            try (PDDocument pdf = Loader.loadPDF(renderer.pdf(renderer.html(withDemoLikeChanges(entries),
                    GENERATED)))) {
                for (int page = 1; page < pdf.getNumberOfPages(); page++) {
                    assertThat(lastLine(pdf, page)).as("last line of page %d with %d register entries", page, entries)
                            .isNotIn(HEADINGS);
                }
            }
        }
    }

    private static CloseoutReportData withDemoLikeChanges(int registerEntries) {
        CloseoutReportData sample = CloseoutReportSamples.closedProject();
        List<Change> changes = List.of(
                new Change("CR-2026-0001", "Rebuild the ERP order feed",
                        "Sales found that the old feed cannot reach the cloud edition", LocalDate.of(2026, 4, 2),
                        LocalDate.of(2026, 4, 9), "Carla Board, Chen Board and 1 more", "Approved, failed, kept",
                        new BigDecimal("-12345.00"), new BigDecimal("30000.00"), 13),
                new Change("CR-2026-0002", "Replace the reporting warehouse with the vendor's analytics suite",
                        "Regulatory: the new VAT rule needs invoices archived for ten years, which the current "
                                + "archive cannot hold", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 20),
                        "pre-approved standard change", "Approved, applied, not implemented",
                        new BigDecimal("104000.00"), new BigDecimal("-2500.00"), -21),
                new Change("CR-2026-0003", "Defer the mobile app", "Budget", LocalDate.of(2026, 6, 1), null, null,
                        null, null, null, null));
        List<RegisterEntry> register = new ArrayList<>(sample.register());
        register.addAll(Collections.nCopies(registerEntries, new RegisterEntry("Risk", "Supplier late", "LOW, score 2",
                "Nina Andersen", "CLOSED", "Delivered")));
        return new CloseoutReportData(sample.projectKey(), "Order entry", sample.sponsor(), sample.projectManager(),
                sample.outcome(), sample.objectives(), sample.scope(), sample.schedule(), sample.cost(), sample.burn(),
                sample.kpis(), null, changes,
                List.of(new ResourceUse("Daniel Kowalski", "JAVA", null, null, new BigDecimal("160"),
                        new BigDecimal("278"), new BigDecimal("41.4"))), sample.lessons(), null, null,
                sample.completedBeforePlannedStart(), register, null);
    }

    /** The greatest x at which a glyph of the page's text ends, in PDF points from the page's left edge. */
    private static float rightmostText(PDDocument pdf, int page) throws IOException {
        float[] rightmost = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.stream().filter(p -> !p.getUnicode().isBlank())
                        .forEach(p -> rightmost[0] = Math.max(rightmost[0], p.getXDirAdj() + p.getWidthDirAdj()));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return rightmost[0];
    }

    private static String lastLine(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        List<String> lines = stripper.getText(pdf).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
