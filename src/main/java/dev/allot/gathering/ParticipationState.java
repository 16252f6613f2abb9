package dev.allot.gathering;

/** One person's standing at one event: there is at most one per person and event. */
public enum ParticipationState {
    /** Asked to join; waits for the host. */
    REQUESTED,
    /** Invited by the host; holds no seat until they accept. */
    INVITED,
    /** Has a seat (the host is accepted at their own event, outside the seats). */
    ACCEPTED,
    /** The host said no (also to someone accepted before). */
    REJECTED,
    /** Declined an invitation. */
    DECLINED,
    /** Withdrew a request or gave up a seat. */
    WITHDRAWN
}
