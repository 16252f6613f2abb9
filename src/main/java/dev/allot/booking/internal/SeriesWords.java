package dev.allot.booking.internal;

import dev.allot.notification.NotificationText;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;

/**
 * A series' rule in words, put in the reader's language when it is delivered: "every week on Monday,
 * 10 times", "every month on the second Tuesday, until Fri 30 Apr 2027" (i18n {@code series.rule.*}).
 */
final class SeriesWords {

    private SeriesWords() {}

    static NotificationText of(String rule, LocalDate first) {
        Recur<LocalDate> recur = new Recur<>(rule);
        int interval = Math.max(1, recur.getInterval());
        NotificationText how = switch (recur.getFrequency()) {
            case DAILY -> NotificationText.of("series.rule.DAILY", interval);
            case WEEKLY -> NotificationText.of("series.rule.WEEKLY", interval, days(recur));
            case MONTHLY -> recur.getSetPosList().isEmpty()
                    ? NotificationText.of("series.rule.MONTHLY.day", interval, first.getDayOfMonth())
                    : NotificationText.of("series.rule.MONTHLY.week", interval,
                            NotificationText.of("series.ordinal." + recur.getSetPosList().getFirst()),
                            first.getDayOfWeek());
            default -> NotificationText.of("series.rule.other", rule);
        };
        NotificationText until = recur.getCount() > 0
                ? NotificationText.of("series.rule.count", recur.getCount())
                : NotificationText.of("series.rule.until", Recurrences.until(rule).orElse(first));
        return NotificationText.of("series.rule", how, until);
    }

    private static ArrayList<Serializable> days(Recur<LocalDate> recur) {
        ArrayList<Serializable> days = new ArrayList<>();
        for (WeekDay day : recur.getDayList()) {
            days.add(WeekDay.getDayOfWeek(day));
        }
        return days;
    }
}
