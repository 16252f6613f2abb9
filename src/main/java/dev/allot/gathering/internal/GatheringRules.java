package dev.allot.gathering.internal;

import dev.allot.gathering.GatheringDraft;
import dev.allot.platform.RuleViolation;
import dev.allot.platform.RulesViolatedException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The rules of an announcement's times and zone: a future start, an end after it, at most 14 days long. */
final class GatheringRules {

    static final Duration LONGEST = Duration.ofMillis(ParticipantRepository.LONGEST_MILLIS);

    private GatheringRules() {}

    /** The draft's zone, or 422 with every broken rule named. */
    static ZoneId check(GatheringDraft draft, Instant now) {
        List<RuleViolation> violations = new ArrayList<>();
        ZoneId zone = null;
        try {
            zone = ZoneId.of(draft.timeZone().strip());
        } catch (DateTimeException e) {
            violations.add(new RuleViolation("time-zone", "timeZone",
                    "'" + draft.timeZone() + "' is not an IANA time zone such as Europe/Berlin", List.of(draft.timeZone())));
        }
        if (!draft.startsAt().isAfter(now)) {
            violations.add(new RuleViolation("event-in-the-past", "startsAt", "The event must start in the future"));
        }
        if (!draft.endsAt().isAfter(draft.startsAt())) {
            violations.add(new RuleViolation("ends-before-start", "endsAt", "The event must end after it starts"));
        } else if (Duration.between(draft.startsAt(), draft.endsAt()).compareTo(LONGEST) > 0) {
            violations.add(new RuleViolation("event-too-long", "endsAt", "An event lasts at most 14 days", List.of(14)));
        }
        if (!violations.isEmpty()) {
            throw new RulesViolatedException(violations);
        }
        return zone;
    }

    /** The zone, or 422 {@code time-zone}. */
    static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw broken("time-zone", "timeZone", "'" + timeZone + "' is not an IANA time zone such as Europe/Berlin");
        }
    }

    static RulesViolatedException broken(String rule, String field, String message) {
        return new RulesViolatedException(List.of(new RuleViolation(rule, field, message)));
    }
}
