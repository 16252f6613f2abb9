package dev.allot.gathering;

/**
 * Who may find an event, open it and ask to join. Everyone else is answered 404, as if it did not
 * exist: its host, the people it concerns (asked, invited, accepted...) always may.
 */
public enum Privacy {
    /** Everyone signed in. */
    PUBLIC,
    /** The people who follow the host. */
    FOLLOWERS_ONLY,
    /** Only the people the host invited. */
    INVITE_ONLY
}
