package org.flowbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.junit.jupiter.api.Test;

/** Range moves without a workspace: two datasets spanning 12:00:00 to 12:09:59.5 (so the span ends 12:10:00). */
class ExploreRangeNavigatorTest {
    private static final Instant FIRST = Instant.parse("2024-05-01T12:00:00Z");
    private static final Instant LAST = Instant.parse("2024-05-01T12:09:59.500Z");
    private static final Instant END = Instant.parse("2024-05-01T12:10:00Z");

    private final List<DatasetInfo> datasets = new ArrayList<>(List.of(
            dataset(1, FIRST, FIRST.plusSeconds(300)), dataset(2, FIRST.plusSeconds(60), LAST)));
    private final List<String> complaints = new ArrayList<>();
    private final ExploreRangeNavigator range = new ExploreRangeNavigator(datasets, complaints::add);

    @Test
    void theSpanRunsFromTheFirstSecondToOneSecondAfterTheLast() {
        assertThat(range.spanFirst()).isEqualTo(FIRST);
        assertThat(range.spanEnd()).isEqualTo(END);
    }

    @Test
    void aPresetLongerThanTheSpanStartsAtItsFirstSecondAndIsNamedAsShown() {
        range.preset(ExploreRangeNavigator.Preset.LAST_5);
        assertThat(range.rangeProperty().get()).isEqualTo(new TimeRange(END.minusSeconds(300), END));
        assertThat(range.presetShown()).contains(ExploreRangeNavigator.Preset.LAST_5);

        range.preset(ExploreRangeNavigator.Preset.LAST_60);
        assertThat(range.rangeProperty().get()).isEqualTo(new TimeRange(FIRST, END));
        assertThat(range.presetShown()).contains(ExploreRangeNavigator.Preset.LAST_15);
    }

    @Test
    void aZoomIsClampedToTheSpanAndWidenedToWholeSeconds() {
        range.zoomTo(FIRST.minusSeconds(30), FIRST.plusMillis(90_250));
        assertThat(range.rangeProperty().get()).isEqualTo(new TimeRange(FIRST, FIRST.plusSeconds(91)));
        assertThat(range.presetShown()).isEmpty();

        range.zoomTo(FIRST.plusSeconds(10), FIRST.plusMillis(10_900));
        assertThat(range.rangeProperty().get()).as("shorter than a second: ignored").isEqualTo(new TimeRange(FIRST, FIRST.plusSeconds(91)));
    }

    @Test
    void aTypedRangeThatEndsBeforeItStartsIsRefusedWithTheReason() {
        assertThat(range.typedRange("2024-05-01T12:05:00Z", "2024-05-01T12:01:00Z")).isFalse();
        assertThat(complaints).containsExactly("the range must start before it ends");
        assertThat(range.rangeProperty().get()).isEqualTo(TimeRange.SPAN);
        assertThat(range.canGoBackProperty().get()).isFalse();

        assertThat(range.typedRange("2024-05-01T12:01:00Z", "")).isTrue();
        assertThat(range.rangeProperty().get()).isEqualTo(new TimeRange(FIRST.plusSeconds(60), null));
    }

    @Test
    void backAndForwardWalkTheRangesLeftAndANewRangeForgetsForward() {
        TimeRange a = new TimeRange(FIRST, FIRST.plusSeconds(60)), b = new TimeRange(FIRST, FIRST.plusSeconds(120));
        range.goTo(a);
        range.goTo(b);
        range.back();
        assertThat(range.rangeProperty().get()).isEqualTo(a);
        assertThat(range.canGoForwardProperty().get()).isTrue();
        range.forward();
        assertThat(range.rangeProperty().get()).isEqualTo(b);

        range.back();
        range.goTo(new TimeRange(FIRST, FIRST.plusSeconds(30)));
        assertThat(range.canGoForwardProperty().get()).isFalse();
        range.back();
        range.back();
        assertThat(range.rangeProperty().get()).isEqualTo(TimeRange.SPAN);
        assertThat(range.canGoBackProperty().get()).isFalse();
    }

    @Test
    void resettingToTheSpanKeepsNoBackAndSaysWhetherItMoved() {
        range.goTo(new TimeRange(FIRST, FIRST.plusSeconds(60)));
        range.forgetHistory();
        assertThat(range.canGoBackProperty().get()).isFalse();

        assertThat(range.resetToSpan()).isTrue();
        assertThat(range.rangeProperty().get()).isEqualTo(TimeRange.SPAN);
        assertThat(range.canGoBackProperty().get()).isFalse();
        assertThat(range.resetToSpan()).isFalse();
    }

    @Test
    void withoutDatasetsPresetsAndZoomsDoNothing() {
        datasets.clear();
        range.preset(ExploreRangeNavigator.Preset.LAST_5);
        range.zoomTo(FIRST, FIRST.plusSeconds(60));
        assertThat(range.rangeProperty().get()).isEqualTo(TimeRange.SPAN);
        assertThat(range.spanEnd()).isNull();
    }

    private static DatasetInfo dataset(long id, Instant first, Instant last) {
        return new DatasetInfo(id, "d" + id, "/captures/d" + id + ".pcap", "pcap", DatasetStatus.COMPLETE, first, first,
                last, 0, 0, 0, "{}");
    }
}
