package dev.allot.booking;

import dev.allot.identity.UserId;
import dev.allot.space.ResourceId;
import java.time.LocalDate;
import java.util.List;

/** A desk that is {@code owner}'s own; others may book it on the {@code released} days only (from today on). */
public record FixedDesk(ResourceId desk, String deskName, UserId owner, String ownerName, List<LocalDate> released) {}
