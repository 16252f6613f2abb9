package dev.allot.space;

/** Published inside the transaction that added the floor. */
public record FloorCreated(FloorView floor) {}
