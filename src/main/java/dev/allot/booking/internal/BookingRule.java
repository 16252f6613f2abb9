package dev.allot.booking.internal;

import dev.allot.platform.RuleViolation;
import java.util.Optional;

/** One named rule a booking request must keep. */
interface BookingRule {

    Optional<RuleViolation> check(BookingRequest request);
}
