package dev.allot.booking.internal;

import dev.allot.space.ResourceKind;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Limits per kind of resource, set under {@code allot.booking.rules.{room,desk,equipment}}. */
@ConfigurationProperties("allot.booking.rules")
record BookingRulesProperties(Limits room, Limits desk, Limits equipment) {

    /**
     * @param minDuration shortest booking
     * @param maxDuration longest booking
     * @param horizon how far ahead one can book, counted in whole days of the site's calendar
     */
    record Limits(Duration minDuration, Duration maxDuration, Duration horizon) {}

    Limits of(ResourceKind kind) {
        return switch (kind) {
            case ROOM -> room;
            case DESK -> desk;
            case EQUIPMENT -> equipment;
        };
    }
}
