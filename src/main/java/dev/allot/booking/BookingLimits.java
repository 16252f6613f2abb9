package dev.allot.booking;

import dev.allot.identity.CurrentUser;
import java.util.List;

/**
 * Fair-use limits (issue 18). Admins set them (each change audited); every booking, series and change
 * is checked against the booker's limits in the transaction that writes it, so that two racing requests
 * cannot both take the last hour. One that would exceed a limit is a 422, rule {@code limit-exceeded},
 * naming the limit and what remains. An admin acting for somebody else is not held to that person's limits.
 */
public interface BookingLimits {

    /** The largest amount a limit may have. */
    int MAX_AMOUNT = 10_000;

    /** The limits, for admins (403 otherwise). */
    List<BookingLimit> limits(CurrentUser admin);

    BookingLimit create(SaveLimit command, CurrentUser admin);

    /** 404 for an unknown limit. */
    BookingLimit change(long id, SaveLimit command, CurrentUser admin);

    /** 404 for an unknown limit. */
    void remove(long id, CurrentUser admin);

    /** The limits that hold {@code person}, with their use now (this week for weekly measures). */
    List<LimitUse> use(CurrentUser person);
}
