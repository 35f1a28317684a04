package org.flowbench.report;

import java.util.List;

/** The report as Markdown for a ticket: the same sections, tables and numbers; charts left to the HTML report. */
public final class MarkdownRenderer {
    private MarkdownRenderer() {}

    public static String render(ReportModel m) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(m.title()).append("\n\n");
        b.append('_').append(m.author().isBlank() ? "" : m.author() + " \u00b7 ").append("generated ")
                .append(Units.time(m.generatedAt())).append(" by Flowbench_\n\n");
        for (Block.Section s : ReportLayout.sections(m)) {
            b.append("## ").append(s.title()).append("\n\n");
            for (Block block : s.blocks()) block(b, block);
        }
        return b.toString();
    }

    private static void block(StringBuilder b, Block block) {
        if (block instanceof Block.Heading h) {
            b.append("### ").append(h.text()).append("\n\n");
        } else if (block instanceof Block.Para p) {
            b.append(p.text()).append("\n\n");
        } else if (block instanceof Block.Pre p) {
            b.append("```\n").append(p.text().stripTrailing()).append("\n```\n\n");
        } else if (block instanceof Block.Figure f) {
            b.append("> Chart omitted in Markdown: ").append(f.caption())
                    .append(" (see the HTML or PDF report).\n\n");
        } else if (block instanceof Block.Table t) {
            table(b, t);
        }
    }

    private static void table(StringBuilder b, Block.Table t) {
        row(b, t.headers());
        b.append('|');
        for (int c = 0; c < t.headers().size(); c++) b.append(c < t.textColumns() ? " --- |" : " ---: |");
        b.append('\n');
        for (List<String> r : t.rows()) row(b, r);
        b.append('\n');
    }

    private static void row(StringBuilder b, List<String> cells) {
        b.append('|');
        for (String c : cells) b.append(' ').append(cell(c)).append(" |");
        b.append('\n');
    }

    /** Pipes and line breaks would end the cell or the row. */
    static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
