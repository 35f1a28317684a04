package org.flowbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quantities in running text stay on one line in the HTML and the PDF made from it. */
class HtmlRendererQuantityTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "peaking at 427 kbit/s.|peaking at <span class=\"q\">427 kbit/s.</span>",
            "3.76 MB in 11,620 packets|<span class=\"q\">3.76 MB</span> in 11,620 packets",
            "(59.5 % of the bytes)|(<span class=\"q\">59.5 %</span> of the bytes)",
            "1,234 GB and 4.56 kpps|<span class=\"q\">1,234 GB</span> and <span class=\"q\">4.56 kpps</span>",
            "0.3 min outside|<span class=\"q\">0.3 min</span> outside",
            "bytes (59.5 %), then|bytes (<span class=\"q\">59.5 %),</span> then",
            "2026-02-03 14:00:00 UTC|2026-02-03 14:00:00 UTC",
            "12 Bytes and 5 minutes|12 Bytes and 5 minutes",
    })
    void wrapsEachNumberWithItsUnit(String text, String html) {
        assertThat(HtmlRenderer.keepQuantities(text)).isEqualTo(html);
    }
}
