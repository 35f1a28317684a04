package org.flowbench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a model to a file in one format; a half-written file never takes the target's name. */
public final class ReportWriter {
    private ReportWriter() {}

    /** A temporary file starts private (0600); a report is a document to share, like any file the user saves. */
    private static void readableByAll(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    public static Path write(ReportModel model, ReportFormat format, Path target) throws ReportException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".report-", ".tmp");
            switch (format) {
                case HTML -> Files.writeString(tmp, HtmlRenderer.render(model), StandardCharsets.UTF_8);
                case MD -> Files.writeString(tmp, MarkdownRenderer.render(model), StandardCharsets.UTF_8);
                case PDF -> {
                    try (OutputStream out = Files.newOutputStream(tmp)) {
                        PdfRenderer.render(HtmlRenderer.render(model), out);
                    }
                }
            }
            readableByAll(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException | RuntimeException e) {
            throw new ReportException("the " + format.extension() + " report could not be written to " + target + ": "
                    + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move succeeded or the error above says what went wrong
                }
            }
        }
    }
}
