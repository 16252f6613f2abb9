package dev.allot.space;

public enum ResourceKind {
    ROOM,
    DESK,
    EQUIPMENT
}
