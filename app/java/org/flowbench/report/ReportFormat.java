package org.flowbench.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The output formats of a report, with the file extension each is known by. */
public enum ReportFormat {
    HTML("html"), PDF("pdf"), MD("md");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() { return extension; }

    /** The format a file name's extension names (.html/.htm, .pdf, .md/.markdown); empty for any other. */
    public static Optional<ReportFormat> ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return Optional.of(HTML);
        if (name.endsWith(".pdf")) return Optional.of(PDF);
        if (name.endsWith(".md") || name.endsWith(".markdown")) return Optional.of(MD);
        return Optional.empty();
    }

    public static Optional<ReportFormat> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) if (f.extension.equals(t) || f.name().toLowerCase(Locale.ROOT).equals(t)) return Optional.of(f);
        return t.equals("markdown") ? Optional.of(MD) : Optional.empty();
    }
}
