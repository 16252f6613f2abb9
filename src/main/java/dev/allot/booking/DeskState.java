package dev.allot.booking;

/** What a desk is on a day, as the viewer sees it. */
public enum DeskState {
    /** Bookable now. */
    FREE,
    /** Somebody else's booking. */
    TAKEN,
    /** Held for an offer to someone in the line. */
    HELD,
    /** The viewer's own (their booking, their guest's, or offered to them). */
    MINE,
    /** Somebody's fixed desk, not released for the day. */
    FIXED
}
