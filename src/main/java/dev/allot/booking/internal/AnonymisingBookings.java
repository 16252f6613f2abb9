package dev.allot.booking.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.allot.booking.Bookings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Nightly (03:30 UTC, on one node), bookings that ended longer ago than
 * {@code allot.retention.anonymise-bookings-after} (default two years) forget what people wrote on
 * them: the title becomes {@link Bookings#DEFAULT_TITLE}, note and reason are cleared. Resource,
 * times, status and booker stay, for reports. One statement; running it again changes nothing.
 */
@Component
class AnonymisingBookings {

    static final String TASK = "booking-anonymisation";
    private static final Logger log = LoggerFactory.getLogger(AnonymisingBookings.class);

    /** @param anonymiseBookingsAfter how long after it ended a booking keeps its title, note and reason */
    @ConfigurationProperties("allot.retention")
    record Properties(@Nullable Duration anonymiseBookingsAfter) {

        Properties {
            anonymiseBookingsAfter = anonymiseBookingsAfter == null ? Duration.ofDays(730) : anonymiseBookingsAfter;
        }
    }

    private final BookingRepository bookings;
    private final Properties properties;

    AnonymisingBookings(BookingRepository bookings, Properties properties) {
        this.bookings = bookings;
        this.properties = properties;
    }

    /** Returns how many bookings changed. */
    int run(Instant now) {
        int anonymised = bookings.anonymiseEndedBefore(
                now.minus(properties.anonymiseBookingsAfter()).toEpochMilli(), Bookings.DEFAULT_TITLE);
        log.info("Retention: {} bookings anonymised", anonymised);
        return anonymised;
    }

    @Configuration(proxyBeanMethods = false)
    static class AnonymisationTask {

        @Bean
        RecurringTask<Void> bookingAnonymisationTask(AnonymisingBookings anonymising, Clock clock) {
            return Tasks.recurring(TASK, Schedules.daily(ZoneOffset.UTC, LocalTime.of(3, 30)))
                    .execute((instance, context) -> anonymising.run(clock.instant()));
        }
    }
}
