package dev.allot.space;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A site's opening hours on one weekday, in the site's local time; {@code opens} is before {@code closes}. */
public record DailyHours(DayOfWeek day, LocalTime opens, LocalTime closes) {}
