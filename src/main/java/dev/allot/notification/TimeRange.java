package dev.allot.notification;

import java.io.Serializable;
import java.time.Instant;

/** A span of time as an argument of a {@link NotificationText}, written as "Mon 7 Dec 2026, 09:00–10:00 (zone)". */
public record TimeRange(Instant start, Instant end) implements Serializable {}
