package dev.allot.identity;

import org.jspecify.annotations.Nullable;

/**
 * Which people of the directory to list; every filter given must hold.
 *
 * @param name part of the name, in any case (Cyrillic too: "анн" finds "Анна"), or null
 * @param team exactly this team, or null
 * @param homeSiteId people whose home site this is, or null
 */
public record PeopleQuery(@Nullable String name, @Nullable String team, @Nullable Long homeSiteId) {

    public static final PeopleQuery EVERYONE = new PeopleQuery(null, null, null);
}
