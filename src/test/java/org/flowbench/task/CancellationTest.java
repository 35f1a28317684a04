package org.flowbench.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CancellationTest {
    @Test
    void hooksRunOnCancelWhileRegisteredOnly() {
        Cancellation c = new Cancellation();
        AtomicInteger open = new AtomicInteger(), closed = new AtomicInteger();
        c.onCancel(open::incrementAndGet);
        Cancellation.Registration r = c.onCancel(closed::incrementAndGet);
        r.close();
        r.close();

        c.cancel();

        assertThat(open.get()).isEqualTo(1);
        assertThat(closed.get()).isZero();
        assertThatThrownBy(c::check).isInstanceOf(CancellationException.class);
    }

    @Test
    void aHookRegisteredAfterTheCancelRunsAtOnce() {
        Cancellation c = new Cancellation();
        c.cancel();
        AtomicInteger runs = new AtomicInteger();

        try (Cancellation.Registration r = c.onCancel(runs::incrementAndGet)) {
            assertThat(runs.get()).isEqualTo(1);
        }
    }
}
