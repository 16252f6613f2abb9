package dev.allot.booking.internal;

import dev.allot.booking.LocalSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The two moments of a desk day's confirmation, as instants: the question on the wall clock of the
 * day {@code daysBefore} before, the deadline on the wall clock of the day itself, each in the
 * site's zone (so a daylight-saving change in between moves neither off its local time; a time the
 * change skips moves forward, as in {@link LocalSlot}).
 */
record AttendanceSchedule(LocalTime questionTime, int daysBefore, LocalTime deadline) {

    static AttendanceSchedule of(AttendanceProperties properties) {
        return new AttendanceSchedule(properties.getQuestionTime(), properties.getQuestionDaysBefore(),
                properties.getDeadline());
    }

    /** The local day of a booking starting at {@code startsAt}: the day it is a desk day of. */
    static LocalDate day(Instant startsAt, ZoneId zone) {
        return startsAt.atZone(zone).toLocalDate();
    }

    Instant askAt(LocalDate day, ZoneId zone) {
        return LocalSlot.at(day.minusDays(daysBefore), questionTime, zone).toInstant();
    }

    Instant releaseAt(LocalDate day, ZoneId zone) {
        return LocalSlot.at(day, deadline, zone).toInstant();
    }
}
