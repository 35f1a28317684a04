package org.flowbench.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.Level;

/**
 * The HTML report printed to PDF by openhtmltopdf; its inline SVG charts are drawn by Batik
 * (openhtmltopdf-svg-support) as vectors, so the PDF shows the very charts of the HTML
 * (docs/decisions/0200).
 */
public final class PdfRenderer {
    static {
        // openhtmltopdf logs timings at INFO through java.util.logging on every render
        for (String logger : XRLog.listRegisteredLoggers()) XRLog.setLevel(logger, Level.WARNING);
    }

    private PdfRenderer() {}

    public static void render(String xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
    }
}
