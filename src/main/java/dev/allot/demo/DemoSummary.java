package dev.allot.demo;

import java.time.Duration;

/**
 * What a demo run created, and how long it took.
 *
 * @param memberEmail a demo member to sign in as, with {@code password} (shared by all demo people)
 */
public record DemoSummary(int sites, int floors, int rooms, int desks, int equipment, int people, long bookings,
        int pictures, Duration took, String memberEmail, String password) {}
