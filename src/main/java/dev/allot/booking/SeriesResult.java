package dev.allot.booking;

import java.util.List;

/** What booking a series did: the series with the bookings made, and the occurrences skipped. */
public record SeriesResult(SeriesView series, List<SkippedOccurrence> skipped) {}
