package io.charterline.closing;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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

    /** The family the template's CSS names; the faces below are the ones its CSS uses. */
    private static final String FONT_FAMILY = "Liberation Sans";

    private final TemplateEngine templates = new TemplateEngine();
    private final CloseoutCharts charts;
    private final List<Face> faces = List.of(Face.load("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            Face.load("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            Face.load("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC));

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
        // Tagged (PDF/UA) for screen readers; it also keeps out the 14 standard PDF fonts, which openhtmltopdf
        // otherwise sets up for every PDF, each with a warning from PDFBox that it has no font program for it.
        PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().usePdfUaAccessibility(true)
                .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        for (Face face : faces) {
            // Embedded (as a subset), because the standard PDF fonts hold WinAnsi only and would lose names such as
            // "Łukasz". Also the fallback for any other family, such as the Helvetica that reports stored before
            // asked for.
            builder.useFont(face::program, FONT_FAMILY, face.weight(), face.style(), true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
        }
        try {
            builder.withHtmlContent(html, null).toStream(pdf).run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the closeout report as PDF", e);
        }
        return pdf.toByteArray();
    }

    /** A face of the report's font, read once from the Liberation fonts' jar; each PDF embeds what it uses of it. */
    private record Face(byte[] font, int weight, FontStyle style) {

        static Face load(String file, int weight, FontStyle style) {
            try (InputStream in = Face.class.getResourceAsStream("/liberation/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + file + " is not on the classpath (openpdf-fonts-extra)");
                }
                return new Face(in.readAllBytes(), weight, style);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the font " + file, e);
            }
        }

        InputStream program() {
            return new ByteArrayInputStream(font);
        }
    }
}
