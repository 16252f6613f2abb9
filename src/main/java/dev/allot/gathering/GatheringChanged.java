package dev.allot.gathering;

import dev.allot.identity.UserId;
import java.time.Instant;
import java.util.List;

/**
 * The host changed an event (or closed or reopened it).
 *
 * @param changed what changed, by the draft's field names ({@code startsAt}, {@code place}, {@code state}...)
 */
public record GatheringChanged(GatheringId gathering, UserId actor, List<String> changed, Instant at)
        implements GatheringEvent {

    public GatheringChanged {
        changed = List.copyOf(changed);
    }
}
