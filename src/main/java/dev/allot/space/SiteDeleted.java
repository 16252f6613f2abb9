package dev.allot.space;

import dev.allot.identity.UserId;
import java.time.Instant;

/** Published inside the transaction that deleted the site; {@code site} is how it was. */
public record SiteDeleted(SiteView site, UserId actor, Instant occurredAt) implements SpaceEvent {}
