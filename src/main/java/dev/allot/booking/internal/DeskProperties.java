package dev.allot.booking.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a desk offered to the first in line is held for them ({@code allot.booking.desks}): half
 * the time left until the day starts, but at most {@code offerHold} and at least {@code offerHoldMin},
 * and never past the day's start; once the day has begun, {@code offerHoldMin}, never past its end.
 */
@ConfigurationProperties("allot.booking.desks")
record DeskProperties(@DefaultValue("PT2H") Duration offerHold, @DefaultValue("PT15M") Duration offerHoldMin) {}
