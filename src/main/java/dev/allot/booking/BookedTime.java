package dev.allot.booking;

import java.time.Instant;

/** When an active booking holds its resource: [startsAt, endsAt). */
public record BookedTime(Instant startsAt, Instant endsAt) {}
