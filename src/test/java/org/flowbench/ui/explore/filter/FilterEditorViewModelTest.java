package org.flowbench.ui.explore.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.flowbench.filter.FilterHighlighting;
import org.flowbench.filter.SavedFilters;
import org.flowbench.filter.Suggestion;
import org.flowbench.filter.ValueCount;
import org.flowbench.schema.FlowField;
import org.flowbench.task.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilterEditorViewModelTest {
    @TempDir Path dir;

    private FilterEditorViewModel model() {
        return new FilterEditorViewModel(new SameThreadTaskRunner(), new SavedFilters(dir.resolve("filters.json")));
    }

    @Test
    void anErrorKeepsTheLastAppliedFilterAndPointsAtTheOffset() {
        FilterEditorViewModel m = model();
        m.textProperty().set("proto = UDP");
        assertThat(m.apply()).isTrue();
        m.textProperty().set("proto = UDP AND dst_port >");

        assertThat(m.apply()).isFalse();
        assertThat(m.errorProperty().get()).isNotEmpty();
        assertThat(m.errorOffsetProperty().get()).isEqualTo("proto = UDP AND dst_port >".length());
        assertThat(m.applied().get().text()).isEqualTo("proto = UDP");
    }

    @Test
    void completionOffersDataValuesAndAcceptingReplacesTheWord() {
        FilterEditorViewModel m = model();
        m.setValueSource((field, prefix, limit) -> field == FlowField.DST_ADDR
                ? List.of(new ValueCount("198.51.100.7", 900)) : List.of());
        m.textProperty().set("dst_addr = 198");
        m.complete(m.textProperty().get().length());

        assertThat(m.suggestions()).extracting(Suggestion::insertText).contains("198.51.100.7");
        Suggestion value = m.suggestions().stream().filter(s -> s.insertText().equals("198.51.100.7")).findFirst().orElseThrow();
        int caret = m.accept(value);

        assertThat(m.textProperty().get()).isEqualTo("dst_addr = 198.51.100.7 ");
        assertThat(caret).isEqualTo(m.textProperty().get().length());
        assertThat(m.suggestions()).isEmpty();
        assertThat(m.errorProperty().get()).isEmpty();
    }

    @Test
    void historyKeepsAppliedFiltersNewestFirstWithoutDuplicates() {
        FilterEditorViewModel m = model();
        for (String f : List.of("proto = TCP", "proto = UDP", "proto = TCP")) {
            m.textProperty().set(f);
            m.apply();
        }
        assertThat(m.history()).containsExactly("proto = TCP", "proto = UDP");
        m.textProperty().set("");
        assertThat(m.historyBack()).isTrue();
        assertThat(m.textProperty().get()).isEqualTo("proto = TCP");
        assertThat(m.historyBack()).isTrue();
        assertThat(m.textProperty().get()).isEqualTo("proto = UDP");
        assertThat(m.historyBack()).isFalse();
        assertThat(m.historyForward()).isTrue();
        assertThat(m.textProperty().get()).isEqualTo("proto = TCP");
    }

    @Test
    void historyIsCappedAtFifty() {
        FilterEditorViewModel m = model();
        for (int i = 0; i < 60; i++) {
            m.textProperty().set("dst_port = " + i);
            m.apply();
        }
        assertThat(m.history()).hasSize(FilterEditorViewModel.HISTORY_SIZE).first().isEqualTo("dst_port = 59");
    }

    @Test
    void addTermAndsItWithTheTextParenthesisingAnOr() {
        FilterEditorViewModel m = model();
        m.textProperty().set("proto = TCP OR proto = UDP");
        assertThat(m.addTerm("dst_port = 53")).isTrue();
        assertThat(m.applied().get().text()).isEqualTo("(proto = TCP OR proto = UDP) AND dst_port = 53");
    }

    @Test
    void savedFiltersSurviveANewEditor() {
        FilterEditorViewModel m = model();
        m.textProperty().set("dst_port = 53");
        m.saveAs("dns");
        FilterEditorViewModel again = model();
        again.loadSaved();

        assertThat(again.savedNames()).containsExactly("dns");
        assertThat(again.pickSaved("dns")).isTrue();
        assertThat(again.applied().get().text()).isEqualTo("dst_port = 53");
    }

    @Test
    void highlightingNamesColumnsOperatorsValuesKeywordsAndComments() {
        List<FilterHighlighting.Span> spans = FilterHighlighting.spans("dst_port = 53 AND -- why\nproto IN (UDP)");
        assertThat(spans).extracting(FilterHighlighting.Span::style).containsExactly(
                FilterHighlighting.Style.COLUMN, FilterHighlighting.Style.OPERATOR, FilterHighlighting.Style.VALUE,
                FilterHighlighting.Style.KEYWORD, FilterHighlighting.Style.COMMENT, FilterHighlighting.Style.COLUMN,
                FilterHighlighting.Style.OPERATOR, FilterHighlighting.Style.PUNCTUATION, FilterHighlighting.Style.VALUE,
                FilterHighlighting.Style.PUNCTUATION);
        assertThat(spans.get(4)).isEqualTo(new FilterHighlighting.Span(18, 24, FilterHighlighting.Style.COMMENT));
    }
}
