package dev.allot.booking;

/** What a series does with occurrences that are taken or break a rule: book none (FAIL) or the others (SKIP). */
public enum OnConflict { FAIL, SKIP }
