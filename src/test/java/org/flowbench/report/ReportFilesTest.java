package org.flowbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.flowbench.testsupport.ExternalTools;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three formats written to files under target/report/ (kept for people to look at); the PDF's
 * pages rendered with pdftoppm, the first one kept as target/report/report-1.png.
 */
class ReportFilesTest {
    static final Path OUT = Path.of("target/report");

    @TempDir Path dir;

    @Test
    void writesHtmlMarkdownAndAPdfWhosePagesRender() throws Exception {
        Assumptions.assumeTrue(NtpReportFixture.present(), "pcap-samples/ is not in the working directory");
        NtpReportFixture fx = NtpReportFixture.create(dir);
        try (var ws = fx.workspace) {
            ReportModel model = new ReportBuilder(ws).build(fx.spec(), Progress.NONE, Cancellation.none());
            Files.createDirectories(OUT);
            Path html = ReportWriter.write(model, ReportFormat.HTML, OUT.resolve("report.html"));
            Path md = ReportWriter.write(model, ReportFormat.MD, OUT.resolve("report.md"));
            Path pdf = ReportWriter.write(model, ReportFormat.PDF, OUT.resolve("report.pdf"));
            assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg");
            assertThat(Files.readString(md)).startsWith("# NTP reflection");
            assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
            try (Stream<Path> left = Files.list(OUT)) {
                assertThat(left.filter(p -> p.getFileName().toString().endsWith(".tmp"))).as("temporary files").isEmpty();
            }

            if (!ExternalTools.onPath("pdftoppm")) {
                System.out.println("pdftoppm (poppler-utils) is not on PATH: the PDF's pages were not rendered");
                return;
            }
            Path pages = Files.createDirectories(dir.resolve("pages"));
            Process p = new ProcessBuilder("pdftoppm", "-r", "80", "-png", pdf.toString(), pages.resolve("page").toString())
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).as("pdftoppm: " + output).isZero();
            List<Path> pngs;
            try (Stream<Path> s = Files.list(pages)) {
                pngs = s.sorted().toList();
            }
            assertThat(pngs).as("rendered pages").hasSizeGreaterThanOrEqualTo(2);
            for (Path png : pngs) assertThat(Files.size(png)).as(png.toString()).isGreaterThan(5_000);
            Files.copy(pngs.get(0), OUT.resolve("report-1.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            if (ExternalTools.onPath("pdftotext")) {
                Process t = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
                String text = new String(t.getInputStream().readAllBytes());
                assertThat(t.waitFor()).as("pdftotext: " + text).isZero();
                assertThat(text).as("the PDF's text").contains("peaking at");
                assertThat(text.lines().filter(l -> l.matches(".*\\d [kMG]?bit$|^/s.*|^[.,;:].*")))
                        .as("lines that split a rate from its unit or start with punctuation").isEmpty();
            }
        }
    }
}
