package org.flowbench.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.flowbench.ui.common.TypedTime;
import org.flowbench.ui.explore.TimeRange;
import org.junit.jupiter.api.Test;

class FollowedRangeTest {
    private static final Instant A = Instant.parse("2026-02-03T14:02:20Z"), B = Instant.parse("2026-02-03T14:04:50Z");
    private static final Instant C = Instant.parse("2026-02-03T14:03:00Z");

    private final StringProperty from = new SimpleStringProperty(""), to = new SimpleStringProperty("");
    private final SimpleObjectProperty<TimeRange> explore = new SimpleObjectProperty<>(TimeRange.SPAN);
    private final FollowedRange followed = new FollowedRange(from, to);

    @Test
    void blankFieldsTakeExploresRangeAndSaySo() {
        followed.follow(explore);
        assertThat(from.get()).isEmpty();
        assertThat(followed.noteProperty().get()).as("the whole data needs no note").isEmpty();

        explore.set(new TimeRange(A, B));
        assertThat(from.get()).isEqualTo(TypedTime.format(A));
        assertThat(to.get()).isEqualTo(TypedTime.format(B));
        assertThat(followed.noteProperty().get()).startsWith("The range shown in Explore");

        explore.set(new TimeRange(C, null));
        assertThat(from.get()).isEqualTo(TypedTime.format(C));
        assertThat(to.get()).as("an open end stays blank: the end of the data").isEmpty();
    }

    @Test
    void aRangeTypedByTheUserStaysUntilBothFieldsAreCleared() {
        followed.follow(explore);
        explore.set(new TimeRange(A, B));
        to.set(TypedTime.format(C));
        assertThat(followed.noteProperty().get()).isEmpty();

        explore.set(TimeRange.SPAN);
        assertThat(from.get()).isEqualTo(TypedTime.format(A));
        assertThat(to.get()).isEqualTo(TypedTime.format(C));

        from.set("");
        to.set("");
        explore.set(new TimeRange(C, B));
        assertThat(from.get()).isEqualTo(TypedTime.format(C));
        assertThat(followed.noteProperty().get()).isNotEmpty();
    }

    @Test
    void fieldsFilledBeforeFollowingAreKept() {
        from.set(TypedTime.format(A));
        explore.set(new TimeRange(C, B));
        followed.follow(explore);
        assertThat(from.get()).isEqualTo(TypedTime.format(A));
        assertThat(to.get()).isEmpty();
    }
}
