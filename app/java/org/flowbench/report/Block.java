package org.flowbench.report;

import java.util.List;
import java.util.function.Supplier;

/**
 * A piece of a report section, laid out once by {@link ReportLayout} and written by each
 * renderer in its own syntax, so HTML, PDF and Markdown show the same text and numbers.
 */
public sealed interface Block {
    /** A heading inside a section (a table's title). */
    record Heading(String text) implements Block {}

    /** A paragraph of plain text. */
    record Para(String text) implements Block {}

    /**
     * A table of formatted cells; the first {@code textColumns} columns are text, the others numbers.
     *
     * @param id names the table in the HTML ({@code id} attribute) so readers and tests find it
     */
    record Table(String id, List<String> headers, List<List<String>> rows, int textColumns) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> r : rows) {
                if (r.size() != headers.size()) throw new IllegalArgumentException("row " + r + " does not fit " + headers);
            }
        }
    }

    /** Preformatted text (router configuration). */
    record Pre(String text) implements Block {}

    /** A chart drawn as inline SVG when a renderer asks for it (Markdown does not); {@code caption} says what it shows. */
    record Figure(String id, String caption, Supplier<String> svg) implements Block {}

    /** A titled part of the report. */
    record Section(String id, String title, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }
}
