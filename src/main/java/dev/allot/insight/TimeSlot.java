package dev.allot.insight;

import java.time.DayOfWeek;

/**
 * A run of local hours on one weekday, {@code fromHour} to {@code toHour} (exclusive), with its
 * booked share, and the same said in words in the language asked for ("Monday 9–12 is 92% booked").
 */
public record TimeSlot(DayOfWeek day, int fromHour, int toHour, double share, String words) {}
