package dev.allot.space;

public record FloorView(FloorId id, SiteId siteId, String name, int level) {}
