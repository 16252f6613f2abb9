package dev.allot.gathering;

/** Where an event is in its life, as people see it now. */
public enum GatheringStatus {
    /** Open to requests, with seats left. */
    PUBLISHED,
    /** No seats left; requests can still queue for a seat that frees. */
    FULL,
    /** The host takes no more requests; those accepted still come. */
    CLOSED,
    /** It has ended. */
    DONE,
    /** The host called it off. */
    CANCELLED
}
