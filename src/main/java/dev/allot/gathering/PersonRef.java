package dev.allot.gathering;

import dev.allot.identity.UserId;

/** A person as an event shows them. */
public record PersonRef(UserId id, String displayName) {}
