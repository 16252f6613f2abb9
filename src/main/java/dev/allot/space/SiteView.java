package dev.allot.space;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

public record SiteView(SiteId id, String name, @Nullable String address, ZoneId timeZone, OpeningHours openingHours) {}
