package dev.allot.identity;

/** Three permission levels, each including the one before it. */
public enum Role {
    /** Sees spaces, availability and bookings. */
    VIEWER,
    /** Also books, and cancels their own bookings. */
    MEMBER,
    /** Also manages spaces and people, approves, rejects and cancels any booking. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
