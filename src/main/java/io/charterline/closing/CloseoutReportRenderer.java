package io.charterline.closing;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.springframework.stereotype.Component;

/**
 * Renders the final report: HTML from the template {@code reports/closeout-report.html}, whose {@code th:text}
 * escapes all text (names and lessons come from users), and a PDF of that same HTML.
 */
@Component
public class CloseoutReportRenderer {

    private final TemplateEngine templates = new TemplateEngine();
    private final CloseoutCharts charts;

    public CloseoutReportRenderer(CloseoutCharts charts) {
        this.charts = charts;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("reports/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        templates.setTemplateResolver(resolver);
    }

    public String html(CloseoutReportData data, LocalDate generatedOn) {
        Context context = new Context();
        context.setVariables(Map.of("data", data, "f", new CloseoutFormat(), "generatedAt", generatedOn.toString()));
        LocalDate start = data.schedule().actualStart() != null ? data.schedule().actualStart()
                : data.schedule().baselineStart();
        context.setVariable("burnChart", charts.burnChart(data.burn(), start).orElse(null));
        context.setVariable("changeChart", charts.changeTimeline(data.changes(), generatedOn).orElse(null));
        return templates.process("closeout-report", context);
    }

    /**
     * The PDF of a stored report's HTML. Batik draws the SVG charts as vector graphics; reports stored before the
     * charts were SVG carry them as PNG images, which the PDF embeds as they are. Batik runs no script and
     * fetches nothing from outside the document.
     */
    public byte[] pdf(String html) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder().useFastMode()
                    .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
                    .withHtmlContent(html, null).toStream(pdf).run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the closeout report as PDF", e);
        }
        return pdf.toByteArray();
    }
}
