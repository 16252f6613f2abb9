package dev.allot.booking.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingView;
import dev.allot.booking.ReleaseReason;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Every minute, on one node (a db-scheduler recurring task, ADR 20): asks the bookers of desk
 * bookings whose question time has come, releases the asked ones unanswered by their deadline, and
 * (when {@code allot.booking.no-show-release.enabled}) releases confirmed rooms not checked in by
 * their start plus the grace period. Each act is a conditional update: a step run twice, or on two
 * nodes at once, acts once.
 */
@Component
class AttendanceSweep {

    static final String TASK = "attendance-sweep";
    /** Rows whose moment passed longer ago than this (a node down for days) are left alone, not acted on late. */
    static final Duration LOOK_BACK = Duration.ofDays(2);
    private static final Logger log = LoggerFactory.getLogger(AttendanceSweep.class);

    /** What one run did. */
    record Swept(int asked, int released, int noShows) {}

    private final AttendanceRepository confirmations;
    private final BookingRepository bookings;
    private final ReadingBookings reading;
    private final ReleasingBookings releasing;
    private final AttendanceNews news;
    private final BookingWrites writes;
    private final AttendanceProperties properties;
    private final AttendanceProperties.NoShow noShow;

    AttendanceSweep(AttendanceRepository confirmations, BookingRepository bookings, ReadingBookings reading,
            ReleasingBookings releasing, AttendanceNews news, BookingWrites writes, AttendanceProperties properties,
            AttendanceProperties.NoShow noShow) {
        this.confirmations = confirmations;
        this.bookings = bookings;
        this.reading = reading;
        this.releasing = releasing;
        this.news = news;
        this.writes = writes;
        this.properties = properties;
        this.noShow = noShow;
    }

    /** One run as of {@code now}. */
    Swept run(Instant now) {
        int asked = 0;
        int released = 0;
        int noShows = 0;
        long at = now.toEpochMilli();
        if (properties.isEnabled()) {
            long askSince = now.minus(LOOK_BACK).minus(Duration.ofDays(properties.getQuestionDaysBefore())).toEpochMilli();
            asked = each(() -> confirmations.dueToAsk(at, askSince), id -> ask(id, now));
            long releaseSince = now.minus(LOOK_BACK).toEpochMilli();
            released = each(() -> confirmations.dueToRelease(at, releaseSince),
                    id -> releasing.release(new BookingId(id), ReleaseReason.NOT_CONFIRMED, null, now,
                            () -> confirmations.unanswered(id, ReleaseReason.NOT_CONFIRMED.code(), at)).isPresent());
        }
        if (noShow.isEnabled()) {
            long startedBy = now.minus(noShow.getGrace()).toEpochMilli();
            long since = startedBy - Duration.ofDays(1).toMillis();
            noShows = each(() -> bookings.roomsNotCheckedIn(startedBy, since, at, AttendanceRepository.BATCH),
                    id -> releasing.release(new BookingId(id), ReleaseReason.NO_SHOW, null, now, () -> true).isPresent());
        }
        if (asked + released + noShows > 0) {
            log.info("Attendance: {} asked, {} desks released unconfirmed, {} rooms released as no-shows", asked,
                    released, noShows);
        }
        return new Swept(asked, released, noShows);
    }

    /**
     * Acts on each due id, batch after batch, until no batch brings a new one; answers how many acts
     * took. An id is tried once per run, so one that cannot be acted on never holds the run up.
     */
    private static int each(Supplier<List<Long>> due, Predicate<Long> act) {
        Set<Long> seen = new HashSet<>();
        int acted = 0;
        while (true) {
            List<Long> fresh = due.get().stream().filter(seen::add).toList();
            if (fresh.isEmpty()) {
                return acted;
            }
            for (long id : fresh) {
                acted += act.test(id) ? 1 : 0;
            }
        }
    }

    /** Marks the question asked and sends it, in one transaction; false when it was asked already. */
    private boolean ask(long id, Instant now) {
        return writes.write(() -> {
            if (!confirmations.asked(id, now.toEpochMilli())) {
                return false;
            }
            BookingView booking = reading.booking(new BookingId(id));
            AttendanceRepository.Row row = confirmations.find(id).orElseThrow();
            news.ask(booking, Instant.ofEpochMilli(row.releaseAt()), row.askAt());
            return true;
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class SweepTask {

        /**
         * Lazy: the sweep sends notifications, whose delivery needs the scheduler this task is part of.
         * As of db-scheduler's own clock (the system's), which made the run due: what is due is judged
         * on the clock that scheduled it. Tests call {@link AttendanceSweep#run} with the test clock.
         */
        @Bean
        RecurringTask<Void> attendanceSweepTask(@Lazy AttendanceSweep sweep) {
            return Tasks.recurring(TASK, Schedules.fixedDelay(Duration.ofMinutes(1)))
                    .execute((instance, context) -> sweep.run(Instant.now()));
        }
    }
}
