package org.flowbench.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NounsTest {
    @ParameterizedTest
    @CsvSource({"0, rule, 0 rules", "1, rule, 1 rule", "2, damaged place, 2 damaged places",
            "9165, record, '9,165 records'", "1, unknown template, 1 unknown template"})
    void countsInTheSingularOnlyForOne(long n, String noun, String text) {
        assertThat(Nouns.count(n, noun)).isEqualTo(text);
    }
}
