package dev.allot.space;

import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** When a site is open, per weekday in its own zone. No days at all means open around the clock. */
public record OpeningHours(List<DailyHours> days) {

    public static final OpeningHours ALWAYS = new OpeningHours(List.of());

    public OpeningHours {
        days = List.copyOf(days);
    }

    public boolean alwaysOpen() {
        return days.isEmpty();
    }

    /**
     * Whether [start, end) lies inside one day's opening hours; both are wall-clock times in the
     * site's zone, so a daylight-saving change on that day does not move the hours.
     */
    public boolean covers(ZonedDateTime start, ZonedDateTime end) {
        if (alwaysOpen()) {
            return true;
        }
        DailyHours hours = byDay().get(start.getDayOfWeek());
        return hours != null
                && end.toLocalDate().equals(start.toLocalDate())
                && !start.toLocalTime().isBefore(hours.opens())
                && !end.toLocalTime().isAfter(hours.closes());
    }

    private Map<java.time.DayOfWeek, DailyHours> byDay() {
        Map<java.time.DayOfWeek, DailyHours> byDay = new EnumMap<>(java.time.DayOfWeek.class);
        days.forEach(day -> byDay.put(day.day(), day));
        return byDay;
    }
}
