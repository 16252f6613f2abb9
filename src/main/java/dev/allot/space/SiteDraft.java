package dev.allot.space;

import org.jspecify.annotations.Nullable;

/** What an admin enters for a site; {@code timeZone} is an IANA zone id such as Europe/Berlin. */
public record SiteDraft(String name, @Nullable String address, String timeZone, OpeningHours openingHours) {}
