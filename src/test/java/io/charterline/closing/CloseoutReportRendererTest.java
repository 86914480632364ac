package io.charterline.closing;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.charterline.closing.CloseoutReportData.LessonLine;
import io.charterline.closing.CloseoutReportData.ResourceUse;
import io.charterline.lessons.LessonCategory;
import io.charterline.lessons.LessonSource;
import io.charterline.lessons.Phase;
import io.charterline.project.ProjectStatus;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class CloseoutReportRendererTest {

    private static final LocalDate GENERATED = LocalDate.of(2026, 7, 15);
    private static final String SVG = "http://www.w3.org/2000/svg";
    private final CloseoutReportRenderer renderer = new CloseoutReportRenderer(new CloseoutCharts());
    private final String html = renderer.html(CloseoutReportSamples.closedProject(), GENERATED);

    @Test
    void htmlShowsBaselineAgainstActualScheduleAndCost() {
        assertThat(html)
                .contains(">2026-06-30</td>", ">2026-07-12</td>", ">+12 days<")
                .contains(">$120,000.00<", ">$141,600.00<", ">+$21,600.00 (18.0 %)<", ">$125,000.00<", ">$128,000.00<");
    }

    @Test
    void theStartRowGivesItsVarianceAsTheFinishRowDoes() {
        assertThat(html.replaceAll("\\s+", " ")).contains("<th>Start</th> <td class=\"date\">2026-03-02</td> "
                + "<td class=\"date\">2026-03-04</td> <td class=\"number\">+2 days</td>");
    }

    @Test
    void aVarianceOfOneDayIsSingularAndAnEarlyOneNegative() {
        CloseoutFormat format = new CloseoutFormat();

        assertThat(format.days(1L)).isEqualTo("+1 day");
        assertThat(format.days(-1L)).isEqualTo("-1 day");
        assertThat(format.days(-2L)).isEqualTo("-2 days");
        assertThat(format.days(0L)).isEqualTo("0 days");
    }

    @Test
    void aStartKnownOnlyFromAPackagesReleaseIsLabelledAsTheRelease() {
        CloseoutReportData sample = CloseoutReportSamples.closedProject();
        CloseoutReportData.Schedule schedule = sample.schedule();
        CloseoutReportData released = new CloseoutReportData(sample.projectKey(), "Released", "sponsor", "pm",
                sample.outcome(), "Objectives", null, new CloseoutReportData.Schedule(schedule.baselineVersion(),
                        schedule.baselineStart(), schedule.baselineFinish(), LocalDate.of(2026, 2, 28), true,
                        schedule.actualFinish()), sample.cost(), List.of(), List.of(), null,
                List.of(), List.of(), List.of(), null, null, List.of(), List.of(), null);

        assertThat(renderer.html(released, GENERATED).replaceAll("\\s+", " ")).contains("<td class=\"date\">"
                + "2026-02-28 (first package released; no hours booked)</td> <td class=\"number\">-2 days</td>");
    }

    @Test
    void lessonsNameTheirGateAndCategoryInWords() {
        assertThat(html.replaceAll("\\s+", " ")).contains("<td>Execution</td> <td>Estimating</td>")
                .contains("<td>Closing</td> <td>Observation</td>").doesNotContain("EXECUTION", "OBSERVATION");
    }

    @Test
    void aTerminatedProjectsReportSaysWhenByWhomAndWhyAtTheTopAndItsFinishIsTheTermination() {
        CloseoutReportData sample = CloseoutReportSamples.closedProject();
        CloseoutReportData.Schedule schedule = sample.schedule();
        CloseoutReportData terminated = new CloseoutReportData(sample.projectKey(), "Scanners", "Sofia Sponsor",
                "pm", ProjectStatus.TERMINATED, "Objectives", null, new CloseoutReportData.Schedule(
                        schedule.baselineVersion(), schedule.baselineStart(), schedule.baselineFinish(),
                        schedule.actualStart(), false, null), sample.cost(), List.of(), List.of(), null,
                List.of(), List.of(), List.of(), null, null, List.of(), List.of(),
                new CloseoutReportData.Terminated(LocalDate.of(2026, 9, 29), "Sofia Sponsor",
                        "The warehouses are being outsourced; the rollout is moot", 1));

        String text = renderer.html(terminated, GENERATED).replaceAll("\\s+", " ");

        assertThat(text).contains("Terminated on 2026-09-29 by Sofia Sponsor after the RED status of cycle 1: The "
                        + "warehouses are being outsourced; the rollout is moot")
                .contains("<th>Finish</th> <td class=\"date\">2026-06-30</td> <td class=\"date\">terminated "
                        + "2026-09-29</td> <td class=\"number\"></td>");
    }

    @Test
    void aTerminatedProjectsBurnChartSaysThatItsClosingPointRestatesThePlannedValueToTheWorkPerformed() {
        CloseoutReportData sample = CloseoutReportSamples.closedProject();
        CloseoutReportData terminated = new CloseoutReportData(sample.projectKey(), "Scanners", "Sofia Sponsor",
                "pm", ProjectStatus.TERMINATED, "Objectives", null, sample.schedule(), sample.cost(),
                List.of(new CloseoutReportData.BurnPoint(LocalDate.of(2026, 9, 29), new BigDecimal("18280"),
                                new BigDecimal("6680"), new BigDecimal("11280")),
                        new CloseoutReportData.BurnPoint(LocalDate.of(2026, 10, 2), new BigDecimal("9760"),
                                new BigDecimal("9760"), new BigDecimal("11280"))),
                List.of(), new CloseoutReportData.Termination(new BigDecimal("11280"), new BigDecimal("9760"),
                        new BigDecimal("7000")),
                List.of(), List.of(), List.of(), null, null, List.of(), List.of(), null);

        assertThat(renderer.html(terminated, GENERATED).replaceAll("\\s+", " ")).contains("The last point is the "
                + "closeout of the terminated project: planned and earned value there are restated to the work "
                + "performed (done packages at their planned cost, cancelled ones at what was spent on them, up to "
                + "their planned cost), so the planned value falls by $8,520.00: the planned cost of the work the "
                + "termination stopped.");
        assertThat(html).doesNotContain("The last point is the closeout");
    }

    @Test
    void theCostRowComparesWithThePlannedCostAndTheApprovedBudgetIsNamedApart() {
        assertThat(html.replaceAll("\\s+", " "))
                .contains("<th>Cost (planned cost, BAC)</th> <td class=\"number\">$120,000.00</td>")
                .contains("approved budget after changes: <span>$128,000.00</span>");
    }

    @Test
    void aPackageCompletedBeforeItsPlannedStartIsFlaggedWithItsDatesAndHours() {
        assertThat(html.replaceAll("\\s+", " "))
                .contains("Completed before their planned start, to be checked")
                .contains("<th>Hours reported</th><th>Estimate</th>")
                .contains("<td>NET-3 Network cut-over</td> <td class=\"date\">2026-06-01</td> "
                        + "<td class=\"date\">2026-05-11</td> <td class=\"number\">21</td> "
                        + "<td class=\"number\">4 h</td> <td class=\"number\">60 h</td>");
    }

    @Test
    void htmlListsKpisChangesWithTheirDecisionsResourcesAndLessons() {
        assertThat(html)
                .contains("Schedule performance index (SPI)", ">0.89<")
                .contains("CR-2026-0001", "Add CSV export", ">Approved<", ">+$4,000.00<", ">+$3,000.00<", ">+5 days<")
                .contains("CR-2026-0002", ">Rejected<")
                .contains(">dev1<", ">160 h<", ">208 h<")
                .contains("JAVA work took 30% more hours than estimated", "derived from the data");
    }

    @Test
    void theChangeTableNamesWhoDecidedEachChange() {
        assertThat(html.replaceAll("\\s+", " "))
                .contains("<th>Decided</th><th>Decided by</th><th>Decision</th>")
                .contains("<td class=\"date\">2026-04-09</td> <td>Carla Board, Chris Board and 1 more</td> "
                        + "<td>Approved</td>")
                .contains("<td class=\"date\">2026-05-04</td> <td>Paula Manager</td> <td>Rejected</td>");
    }

    @Test
    void pdfNamesWhoDecidedEachChange() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(html))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");

            assertThat(text).contains("Decided by", "Carla Board, Chris Board and 1 more", "Paula Manager");
        }
    }

    @Test
    void theRisksAndIssuesSectionListsEachEntryWithItsSeverityStatusAndClosingNote() {
        assertThat(html.replaceAll("\\s+", " "))
                .contains("<h2>Risks and issues</h2>")
                .contains("<td><span>Risk</span>: <span>Payment sandbox unstable</span></td> <td>HIGH, score 16</td> "
                        + "<td>Nina Andersen</td> <td>CLOSED at closeout (was MITIGATED)</td> <td>Still MITIGATED when "
                        + "the project was closed; closed with the project at closeout</td>")
                .contains("<td><span>Issue</span>: <span>Build server down</span></td> <td>CRITICAL</td> "
                        + "<td>Paula Manager</td> <td>RESOLVED</td> <td>Disk replaced</td>");
    }

    @Test
    void pdfListsTheRisksAndIssues() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(html))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");

            assertThat(text).contains("Risks and issues", "Build server down", "Disk replaced");
        }
    }

    @Test
    void htmlListsEachDeliverableOnItsOwn() throws Exception {
        NodeList items = xml(html).getElementsByTagName("li");

        assertThat(items.getLength()).isEqualTo(2);
        assertThat(items.item(0).getTextContent()).isEqualTo("New order UI");
        assertThat(items.item(1).getTextContent()).isEqualTo("Runbook");
    }

    @Test
    void pdfListsTheDeliverablesOnLinesOfTheirOwn() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(html))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).doesNotContain("New order UI Runbook").contains("New order UI\n".translateEscapes());
        }
    }

    @Test
    void htmlEmbedsTheBurnChartAndTheChangeTimelineAsScalableSvg() throws Exception {
        Document document = xml(html);
        NodeList charts = document.getElementsByTagNameNS(SVG, "svg");

        assertThat(charts.getLength()).isEqualTo(2);
        assertThat(((Element) charts.item(0)).getAttribute("id")).isEqualTo("burn-chart");
        assertThat(((Element) charts.item(0)).getAttribute("viewBox")).isEqualTo("0 0 760 340");
        assertThat(((Element) charts.item(0)).hasAttribute("width")).as("scales to the page").isFalse();
        assertThat(charts.item(0).getTextContent()).contains("Planned value (PV)", "Earned value (EV)",
                "Actual cost (AC)");
        assertThat(((Element) charts.item(1)).getAttribute("id")).isEqualTo("changes-chart");
        assertThat(charts.item(1).getTextContent()).contains("CR-2026-0001", "CR-2026-0002", "Approved", "Rejected");
    }

    @Test
    void theTwoChartsKeepTheirClipPathsApart() throws Exception {
        NodeList elements = xml(html).getElementsByTagNameNS(SVG, "*");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            String id = ((Element) elements.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }

        assertThat(ids).hasSizeGreaterThan(2).doesNotHaveDuplicates();
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
        assertThat(xml(html).getDocumentElement().getLocalName()).isEqualTo("html");
    }

    @Test
    void pdfOpensAndCarriesTheFiguresTheTextAsWrittenAndBothCharts() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(html))) {
            // Table cells wrap long text onto several lines.
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");

            assertThat(pdf.getNumberOfPages()).isBetween(2, 6);
            assertThat(text).contains("$141,600.00", "+$21,600.00 (18.0 %)", "+12 days", "CR-2026-0001", "Approved")
                    .contains(CloseoutReportSamples.HOSTILE_NAME);
            assertThat(text.replace(" ", "")).contains(CloseoutReportSamples.HOSTILE_LESSON.replace(" ", ""));
            // Batik draws each SVG chart as vector paths into a form of its own, at the page's width.
            List<PDFormXObject> charts = forms(pdf);
            assertThat(charts).hasSize(2).allSatisfy(chart -> {
                assertThat(chart.getBBox().getWidth()).isGreaterThan(600);
                assertThat(chart.getContentStream().getLength()).as("drawing operations").isGreaterThan(10_000);
            });
            assertThat(images(pdf)).isEmpty();
        }
    }

    @Test
    void pdfShowsNamesAndLessonsInAnyLatinOrGreekLettersWithFontsItEmbeds() throws IOException {
        CloseoutReportData sample = CloseoutReportSamples.closedProject();
        CloseoutReportData international = new CloseoutReportData(sample.projectKey(), "Migración Ωmega",
                "Łukasz Żółkiewski", "Zoë Ångström", sample.outcome(), "Přehled změn v objednávkách",
                sample.scope(), sample.schedule(), sample.cost(), sample.burn(), sample.kpis(), null, sample.changes(),
                List.of(new ResourceUse("Łukasz Żółkiewski", "JAVA", null, null, new BigDecimal("160"),
                        new BigDecimal("208"), BigDecimal.ZERO)),
                List.of(new LessonLine(Phase.CLOSING, LessonCategory.OBSERVATION, "Přehled změn", null, null,
                        LessonSource.PERSON, "Zoë Ångström")),
                null, null, List.of(), List.of(), null);

        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(renderer.html(international, GENERATED)))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");

            assertThat(text).contains("Closeout report: Migración Ωmega", "Łukasz Żółkiewski", "Zoë Ångström",
                    "Přehled změn v objednávkách", "Přehled změn");
            assertThat(fonts(pdf)).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                    .as("%s is embedded", font.getName()).isTrue());
        }
    }

    @Test
    void pdfOfAReportStoredWhenItsCssNamedHelveticaAlsoShowsSuchNamesWithFontsItEmbeds() throws IOException {
        CloseoutReportData sample = CloseoutReportSamples.closedProject();
        CloseoutReportData polish = new CloseoutReportData(sample.projectKey(), "Przegląd zamówień",
                "Łukasz Żółkiewski", sample.projectManager(), sample.outcome(), sample.objectives(), sample.scope(),
                sample.schedule(), sample.cost(), sample.burn(), sample.kpis(), null, sample.changes(),
                sample.resources(), sample.lessons(), null, null, List.of(), List.of(), null);
        String stored = renderer.html(polish, GENERATED)
                .replace("font-family: 'Liberation Sans', sans-serif;", "font-family: Helvetica, Arial, sans-serif;");

        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(stored))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Przegląd zamówień", "Łukasz Żółkiewski");
            assertThat(fonts(pdf)).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
    }

    @Test
    void renderingAPdfLogsNoWarningAboutStandardFonts() {
        Logger pdfBoxFonts = (Logger) LoggerFactory.getLogger(PDType1Font.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        pdfBoxFonts.addAppender(log);
        try {
            renderer.pdf(html);
        } finally {
            pdfBoxFonts.detachAppender(log);
        }

        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    @Test
    void pdfIsTaggedForScreenReadersWithBothChartsNamed() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(html))) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();

            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo("Final report of PRJ-2026-0007: "
                    + CloseoutReportSamples.HOSTILE_NAME);
            assertThat(figureTexts(catalog.getStructureTreeRoot().getKids()))
                    .containsExactly("Planned vs earned vs actual", "Change timeline");
        }
    }

    @Test
    void pdfOfAReportStoredWithPngChartsStillShowsThem() throws IOException {
        BufferedImage picture = new BufferedImage(760, 340, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        String stored = html.replaceFirst("(?s)<div class=\"chart\".*?</svg></div>",
                "<img class=\"chart\" src=\"data:image/png;base64,"
                        + Base64.getEncoder().encodeToString(png.toByteArray()) + "\" alt=\"Burn chart\"/>");

        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(stored))) {
            assertThat(images(pdf)).hasSize(1).allSatisfy(image -> assertThat(image.getWidth()).isEqualTo(760));
            assertThat(forms(pdf)).hasSize(1);
        }
    }

    @Test
    void reportWithoutStatusCyclesOrChangesSaysSoInsteadOfDrawingEmptyCharts() {
        CloseoutReportData sample = CloseoutReportSamples.closedProject();
        CloseoutReportData bare = new CloseoutReportData(sample.projectKey(), "Bare", "sponsor", "pm",
                sample.outcome(), "Objectives", null, sample.schedule(), sample.cost(), List.of(), List.of(), null,
                List.of(), List.of(), List.of(), null, null, List.of(), List.of(), null);

        String bareHtml = renderer.html(bare, GENERATED);

        assertThat(bareHtml).doesNotContain("<svg", "<img", "Completed before their planned start").contains("No status cycle was recorded.",
                "No change was requested.", "No resource assignments were recorded.", "No lessons were recorded.",
                "No risk or issue was recorded.");
    }

    private static Document xml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    /** The images on all pages, also those inside form XObjects. */
    static List<PDImageXObject> images(PDDocument pdf) throws IOException {
        List<PDXObject> objects = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            collect(page.getResources(), objects);
        }
        return objects.stream().filter(PDImageXObject.class::isInstance).map(PDImageXObject.class::cast).toList();
    }

    /** The fonts the pages' text is set in. */
    static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    /** The alternative texts of the tagged PDF's figures, in reading order. */
    private static List<String> figureTexts(List<Object> kids) {
        List<String> texts = new ArrayList<>();
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    texts.add(element.getAlternateDescription());
                }
                texts.addAll(figureTexts(element.getKids()));
            }
        }
        return texts;
    }

    /** The form XObjects placed on the pages themselves (not those nested in a form). */
    static List<PDFormXObject> forms(PDDocument pdf) throws IOException {
        List<PDFormXObject> forms = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDFormXObject form) {
                    forms.add(form);
                }
            }
        }
        return forms;
    }

    private static void collect(PDResources resources, List<PDXObject> objects) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            objects.add(object);
            if (object instanceof PDFormXObject form) {
                collect(form.getResources(), objects);
            }
        }
    }
}
