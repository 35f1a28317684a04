package org.flowbench.report;

/** Small helpers for writing SVG and XHTML text by hand: escaping and number formatting. */
final class Svg {
    static final String NS = "http://www.w3.org/2000/svg";
    /** Series colours, chosen to stay apart in print and for common colour-vision deficiencies. */
    static final String[] PALETTE = {"#3b6fb6", "#e0803a", "#4a9c5d", "#c44e52", "#8172b2", "#937860", "#da8bc3", "#8c8c8c"};
    static final String OTHER = "#bdbdbd";

    private Svg() {}

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // XML 1.0 refuses most control characters; they carry nothing for a reader
                    if (c >= 0x20 || c == '\n' || c == '\t') b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** A coordinate with one decimal, always with a dot. */
    static String n(double v) {
        // String.format took most of a report's rendering time: charts hold thousands of coordinates
        long tenths = Math.round(v * 10);
        long abs = Math.abs(tenths);
        return (tenths < 0 ? "-" : "") + abs / 10 + "." + abs % 10;
    }

    static String color(int index, boolean other) {
        return other ? OTHER : PALETTE[index % PALETTE.length];
    }
}
