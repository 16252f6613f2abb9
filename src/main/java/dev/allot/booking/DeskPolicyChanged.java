package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An admin changed a site's desk policy. */
public record DeskPolicyChanged(dev.allot.space.SiteId site, DeskPolicy before, DeskPolicy after, @Nullable UserId actor, Instant occurredAt) implements DeskEvent {}
