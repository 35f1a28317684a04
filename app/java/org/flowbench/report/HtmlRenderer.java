package org.flowbench.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The report as one self-contained XHTML page: inline CSS, charts as inline SVG, no external
 * resource. Well-formed XML, because the PDF renderer parses the same text.
 */
public final class HtmlRenderer {
    static final String CSS = """
            @page { size: A4; margin: 14mm 12mm 16mm 12mm; }
            body { font-family: sans-serif; font-size: 10pt; color: #222222; margin: 0 auto; max-width: 760px; }
            h1 { font-size: 18pt; margin: 0 0 2pt 0; }
            h2 { font-size: 13pt; border-bottom: 1px solid #bbbbbb; margin: 16pt 0 6pt 0; padding-bottom: 2pt; }
            p.meta { color: #666666; margin: 0 0 8pt 0; }
            p.caption { font-weight: bold; margin: 8pt 0 3pt 0; }
            table { border-collapse: collapse; margin: 4pt 0 8pt 0; font-size: 8.5pt; }
            th, td { border-bottom: 1px solid #e2e2e2; padding: 2pt 6pt; text-align: left; vertical-align: top; }
            th { background: #f2f4f7; }
            table.wide { width: 100%; }
            td { word-wrap: break-word; }
            td.num { text-align: right; white-space: nowrap; }
            th.num { text-align: right; }
            h3 { font-size: 10.5pt; margin: 10pt 0 3pt 0; }
            pre { font-size: 7.5pt; background: #f6f6f6; padding: 6pt; white-space: pre-wrap; word-wrap: break-word; }
            figure { margin: 4pt 0 10pt 0; page-break-inside: avoid; }
            figcaption { font-weight: bold; margin-bottom: 3pt; }
            section { page-break-inside: auto; }
            tr { page-break-inside: avoid; }
            span.q { white-space: nowrap; }
            """;

    /**
     * A number and its unit in running text ("427 kbit/s", "3.76 MB", "59.5 %"), with the punctuation
     * right after it: kept on one line, since the PDF's line breaker otherwise splits "kbit" from "/s"
     * and a full stop from the word before it.
     */
    private static final Pattern QUANTITY =
            Pattern.compile("\\d[\\d.,]* (?:[kMGTPE]?(?:bit/s|pps|B)\\b|%|min\\b)[.,;:)]*");

    private HtmlRenderer() {}

    public static String render(ReportModel m) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>").append(Svg.esc(m.title())).append("</title>\n")
                .append("<style type=\"text/css\">\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<h1>").append(Svg.esc(m.title())).append("</h1>\n<p class=\"meta\">")
                .append(m.author().isBlank() ? "" : Svg.esc(m.author()) + " \u00b7 ")
                .append("generated ").append(Units.time(m.generatedAt())).append(" by Flowbench</p>\n");
        for (Block.Section s : ReportLayout.sections(m)) {
            b.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(Svg.esc(s.title())).append("</h2>\n");
            for (Block block : s.blocks()) block(b, block);
            b.append("</section>\n");
        }
        return b.append("</body>\n</html>\n").toString();
    }

    private static void block(StringBuilder b, Block block) {
        if (block instanceof Block.Heading h) {
            b.append("<h3>").append(Svg.esc(h.text())).append("</h3>\n");
        } else if (block instanceof Block.Para p) {
            b.append("<p>").append(keepQuantities(Svg.esc(p.text()))).append("</p>\n");
        } else if (block instanceof Block.Pre p) {
            b.append("<pre>").append(Svg.esc(p.text())).append("</pre>\n");
        } else if (block instanceof Block.Figure f) {
            b.append("<figure id=\"").append(f.id()).append("\"><figcaption>")
                    .append(Svg.esc(f.caption())).append("</figcaption>\n").append(f.svg().get()).append("\n</figure>\n");
        } else if (block instanceof Block.Table t) {
            table(b, t);
        }
    }

    /** Escaped running text with each quantity wrapped in a span that does not break. */
    static String keepQuantities(String escaped) {
        return QUANTITY.matcher(escaped).replaceAll("<span class=\"q\">$0</span>");
    }

    private static void table(StringBuilder b, Block.Table t) {
        b.append("<table id=\"").append(t.id()).append(t.headers().size() > 4 ? "\" class=\"wide\">" : "\">")
                .append("\n<thead><tr>");
        for (int c = 0; c < t.headers().size(); c++) {
            b.append(c < t.textColumns() ? "<th>" : "<th class=\"num\">").append(Svg.esc(t.headers().get(c))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            b.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                b.append(c < t.textColumns() ? "<td>" : "<td class=\"num\">").append(Svg.esc(row.get(c))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }
}
