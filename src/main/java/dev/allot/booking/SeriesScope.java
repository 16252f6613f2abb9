package dev.allot.booking;

/**
 * Which occurrences of a series a change or a cancellation is for: this one, this and the following
 * ones, or all. Occurrences that have already begun stay as they were.
 */
public enum SeriesScope { THIS, FOLLOWING, ALL }
