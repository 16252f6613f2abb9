package dev.allot.space;

import org.jspecify.annotations.Nullable;

/** A site was created ({@code before} is null) or changed. Published inside the transaction that made the change. */
public record SiteSaved(@Nullable SiteView before, SiteView after) {}
