package dev.allot.space;

/** Published inside the transaction that deleted the site; {@code site} is how it was. */
public record SiteDeleted(SiteView site) {}
