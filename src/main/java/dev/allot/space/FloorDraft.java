package dev.allot.space;

public record FloorDraft(String name, int level) {}
