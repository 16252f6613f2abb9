package dev.allot.gathering;

/** A person's ratings as host and as guest. */
public record PersonReputation(PersonRef person, Reputation asHost, Reputation asGuest) {}
