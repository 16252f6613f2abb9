package dev.allot.booking;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.UserId;
import dev.allot.space.FloorId;
import dev.allot.space.ResourceId;
import dev.allot.space.SiteId;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Hot desks: a desk for the day, guests, presence without a desk, and the line that offers freed
 * desks to the first who waits. Each use case validates its command (400 naming the field) and checks
 * who may do it. The database holds one desk per person per day and one holder (booking or offer)
 * per desk per day.
 */
public interface Desks {

    /**
     * How many days after today, in a site's own calendar, desk days can be booked: the desk horizon
     * ({@code allot.booking.rules.desk.horizon}, 14 by default), for the channels that offer the days.
     */
    long horizonDays();

    /**
     * Books a desk for one day of its site, from today up to the desk horizon: 409 {@code desk-taken}
     * naming the holder, 409 {@code already-has-desk} naming the desk one holds that day, 422 rules
     * {@code not-a-desk}, {@code horizon}, {@code in-the-past}, {@code closed}, {@code fixed-desk},
     * {@code guest-limit}, {@code inactive}. Booking one's own desk ends one's presence that day (BOOKED).
     */
    BookingResult bookDay(BookDeskDay command, CurrentUser booker);

    /** My desk days from today on (my guests' too), by day. */
    List<BookingView> myDeskDays(CurrentUser me);

    /**
     * "I'll be in": 409 {@code already-has-desk} when one (not a guest) holds a desk that day, 409
     * {@code already-present} when one already said so; waiting, it joins the line and may be offered
     * a free desk at once.
     */
    PresenceView join(JoinPresence command, CurrentUser member);

    /** One presence: its person (or host) and admins (404 for others). */
    PresenceView presence(PresenceId id, CurrentUser viewer);

    /** My standing and past presences from today on; with a site and day, everyone's there that day. */
    List<PresenceView> presences(@Nullable SiteId site, @Nullable LocalDate day, CurrentUser viewer);

    /** Books the desk offered: 409 {@code offer-gone} when the offer was answered, withdrawn or lapsed. */
    PresenceView accept(PresenceId id, CurrentUser member);

    /** Declines the desk offered: it goes to the next in line; one stays present, without a desk. */
    PresenceView decline(PresenceId id, CurrentUser member);

    /** Cancels a standing presence (an offer it had goes to the next in line). */
    PresenceView cancel(PresenceId id, CurrentUser member);

    /** The desks of a site (or floor) on a day with their states for the viewer (today when null). */
    SiteDesks desks(SiteId site, @Nullable LocalDate day, @Nullable FloorId floor, CurrentUser viewer);

    DeskPolicy policy(SiteId site);

    /** Admins only. */
    DeskPolicy changePolicy(SiteId site, DeskPolicy policy, CurrentUser admin);

    /** Fixed desks of a site (anyone signed in). */
    List<FixedDesk> fixedDesks(SiteId site);

    /** Admins make a desk {@code owner}'s fixed desk (a person has at most one; 409 otherwise). */
    FixedDesk assignFixedDesk(ResourceId desk, UserId owner, CurrentUser admin);

    /** Admins make a desk nobody's fixed desk. */
    void removeFixedDesk(ResourceId desk, CurrentUser admin);

    /** The owner (or an admin) releases a fixed desk for a day: others may book it, the line is offered it. */
    FixedDesk releaseFixedDesk(ResourceId desk, LocalDate day, CurrentUser owner);
}
