package io.charterline.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class CloseoutReportRendererTest {

    private static final LocalDate GENERATED = LocalDate.of(2026, 7, 15);
    private final CloseoutReportRenderer renderer = new CloseoutReportRenderer(new CloseoutCharts());
    private final String html = renderer.html(CloseoutReportSamples.closedProject(), GENERATED);

    @Test
    void htmlShowsBaselineAgainstActualScheduleAndCost() {
        assertThat(html)
                .contains(">2026-06-30</td>", ">2026-07-12</td>", ">+12 days<")
                .contains(">120,000.00<", ">141,600.00<", ">+21,600.00 (18.0 %)<", ">125,000.00<");
    }

    @Test
    void htmlListsKpisChangesWithTheirDecisionsResourcesAndLessons() {
        assertThat(html)
                .contains("Schedule performance index (SPI)", ">0.89<")
                .contains("CR-2026-0001", "Add CSV export", ">APPROVED<", ">+4,000.00<", ">+5 days<")
                .contains("CR-2026-0002", ">REJECTED<")
                .contains(">dev1<", ">160 h<", ">208 h<")
                .contains("JAVA work took 30% more hours than estimated", "derived from the data");
    }

    @Test
    void htmlEmbedsTheBurnChartAndTheChangeTimelineAsPngImages() {
        assertThat(html.split("<img class=\"chart\" src=\"data:image/png;base64,", -1)).hasSize(3);
    }

    @Test
    void textFromUsersIsEscaped() {
        assertThat(html)
                .doesNotContain("<script>", "<b>bold</b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Order entry")
                .contains("&#39; OR 1=1 -- &lt;b&gt;bold&lt;/b&gt; &amp; more");
    }

    @Test
    void htmlIsWellFormedXmlForThePdfRenderer() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);

        assertThat(factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)))
                .getDocumentElement().getLocalName()).isEqualTo("html");
    }

    @Test
    void pdfOpensAndCarriesTheFiguresTheTextAsWrittenAndBothCharts() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(html))) {
            // Table cells wrap long text onto several lines.
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");

            assertThat(pdf.getNumberOfPages()).isBetween(2, 6);
            assertThat(text).contains("141,600.00", "+21,600.00 (18.0 %)", "+12 days", "CR-2026-0001", "APPROVED")
                    .contains(CloseoutReportSamples.HOSTILE_NAME);
            assertThat(text.replace(" ", "")).contains(CloseoutReportSamples.HOSTILE_LESSON.replace(" ", ""));
            assertThat(images(pdf)).hasSize(2).allSatisfy(image -> assertThat(image.getWidth()).isEqualTo(760));
        }
    }

    @Test
    void reportWithoutStatusCyclesOrChangesSaysSoInsteadOfDrawingEmptyCharts() {
        CloseoutReportData sample = CloseoutReportSamples.closedProject();
        CloseoutReportData bare = new CloseoutReportData(sample.projectKey(), "Bare", "sponsor", "pm",
                sample.outcome(), "Objectives", null, sample.schedule(), sample.cost(), List.of(), List.of(),
                List.of(), List.of(), List.of());

        String bareHtml = renderer.html(bare, GENERATED);

        assertThat(bareHtml).doesNotContain("<img").contains("No status cycle was recorded.",
                "No change was requested.", "No resource assignments were recorded.", "No lessons were recorded.");
    }

    /** The images on all pages, also those inside form XObjects. */
    static List<PDImageXObject> images(PDDocument pdf) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            collect(page.getResources(), images);
        }
        return images;
    }

    private static void collect(PDResources resources, List<PDImageXObject> images) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                images.add(image);
            } else if (object instanceof PDFormXObject form) {
                collect(form.getResources(), images);
            }
        }
    }
}
