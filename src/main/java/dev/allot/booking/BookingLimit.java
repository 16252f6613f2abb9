package dev.allot.booking;

import dev.allot.identity.Role;
import dev.allot.space.ResourceKind;
import dev.allot.space.SiteId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A fair-use limit: the people of {@code role} may hold at most {@code amount} of {@code measure} at a
 * site and of a kind of resource ({@code null}: any). Limits for MEMBER hold members; admins are held
 * only by limits for ADMIN, which an admin sets when they choose to be.
 */
public record BookingLimit(long id, Role role, @Nullable SiteId siteId, @Nullable ResourceKind kind,
        LimitMeasure measure, int amount, @Nullable PeakWindow peak, Instant updatedAt) {}
