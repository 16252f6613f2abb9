package dev.allot.space;

/** Published inside the transaction that deleted the resource; {@code resource} is how it was. */
public record ResourceDeleted(ResourceView resource) {}
