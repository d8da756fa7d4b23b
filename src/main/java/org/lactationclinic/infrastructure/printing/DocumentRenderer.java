package org.lactationclinic.infrastructure.printing;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.serializer.StandardJavaScriptSerializer;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Lays out a printed document: the template (an XHTML file beside this class) filled by Thymeleaf, whose
 * {@code th:text} escapes every text, so a name like {@code <script>} or {@code #{7*7}} prints as written; then, for
 * the PDF, the same XHTML laid out by openhtmltopdf with the template's print CSS and the DejaVu fonts bundled in the
 * WAR (every Latin script, so a name prints the same on every server).
 *
 * <p>Thread-safe: one engine for the application, templates cached after their first use.
 */
public final class DocumentRenderer {

    public static final String TAKE_HOME_PLAN = "take-home-plan";
    public static final String PROVIDER_LETTER = "provider-letter";
    /** A report's table as a PDF page (infrastructure.export.ReportExporter). */
    public static final String REPORT_TABLE = "report-table";

    private static final String FONTS = "/org/lactationclinic/printing/fonts/";
    private static final DocumentRenderer INSTANCE = new DocumentRenderer();

    private final TemplateEngine engine = new TemplateEngine();
    // read from the WAR once; PDFBox still parses them per document, to embed only the letters used
    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");

    private DocumentRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(DocumentRenderer.class.getClassLoader());
        resolver.setPrefix("org/lactationclinic/printing/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        // Thymeleaf serialises inlined JavaScript with Jackson when it finds Jackson, and then asks Java's
        // ServiceLoader for every Jackson module it can see: HAPI FHIR brings Jackson into the WAR, Payara Micro
        // lists its own Jackson's modules, and the mix fails every printout ("JakartaXmlBindAnnotationModule not a
        // subtype"). The templates inline no JavaScript; Thymeleaf's own serialiser is enough and sees no modules.
        StandardDialect dialect = new StandardDialect();
        dialect.setJavaScriptSerializer(new StandardJavaScriptSerializer(false));
        engine.setDialect(dialect);
    }

    public static DocumentRenderer get() {
        return INSTANCE;
    }

    /**
     * The document as XHTML.
     *
     * @param screen true for the browser's print view (with its Print and PDF buttons), false for the PDF
     */
    public String xhtml(String template, Locale locale, Map<String, Object> variables, boolean screen) {
        Context context = new Context(locale, variables);
        context.setVariable("screen", screen);
        return engine.process(template, context);
    }

    /** The document as PDF. */
    public byte[] pdf(String template, Locale locale, Map<String, Object> variables) {
        String xhtml = xhtml(template, locale, variables, false);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(
                    () -> new ByteArrayInputStream(regular),
                    "DejaVu Sans",
                    400,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(
                    () -> new ByteArrayInputStream(bold),
                    "DejaVu Sans",
                    700,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static byte[] font(String file) {
        try (InputStream font = DocumentRenderer.class.getResourceAsStream(FONTS + file)) {
            if (font == null) {
                throw new IllegalStateException("Font " + file + " is missing from the WAR");
            }
            return font.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
