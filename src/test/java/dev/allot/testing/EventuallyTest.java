package dev.allot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventuallyTest {

    @Test
    void returns_the_first_value_that_is_done() {
        AtomicInteger calls = new AtomicInteger();

        int value = Eventually.until("the third call", calls::incrementAndGet, n -> n >= 3);

        assertThat(value).isEqualTo(3);
    }

    @Test
    void a_timeout_names_what_was_awaited_and_the_last_value_seen() {
        assertThatThrownBy(() -> Eventually.until("a negative number", Duration.ofMillis(300), () -> 7, n -> n < 0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("a negative number")
                .hasMessageContaining("last seen: 7");
    }
}
