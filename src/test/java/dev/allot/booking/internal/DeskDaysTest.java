package dev.allot.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How long an offered desk is held: the formula of ADR 19. */
class DeskDaysTest {

    @Test
    void the_hold_is_half_the_time_to_the_day_within_bounds_never_past_its_start_and_short_once_begun() {
        DeskDays.Window window = new DeskDays.Window(Instant.parse("2026-12-10T08:00:00Z"),
                Instant.parse("2026-12-10T17:00:00Z"));
        java.time.Duration hold = java.time.Duration.ofHours(2);
        java.time.Duration min = java.time.Duration.ofMinutes(15);

        assertThat(DeskDays.offerExpiry(Instant.parse("2026-12-08T08:00:00Z"), window, hold, min))
                .isEqualTo(Instant.parse("2026-12-08T10:00:00Z"));
        assertThat(DeskDays.offerExpiry(Instant.parse("2026-12-10T07:00:00Z"), window, hold, min))
                .isEqualTo(Instant.parse("2026-12-10T07:30:00Z"));
        assertThat(DeskDays.offerExpiry(Instant.parse("2026-12-10T07:55:00Z"), window, hold, min))
                .isEqualTo(window.start());
        assertThat(DeskDays.offerExpiry(Instant.parse("2026-12-10T12:00:00Z"), window, hold, min))
                .isEqualTo(Instant.parse("2026-12-10T12:15:00Z"));
        assertThat(DeskDays.offerExpiry(Instant.parse("2026-12-10T16:50:00Z"), window, hold, min))
                .isEqualTo(window.end());
    }
}
