package dev.allot.identity;

import org.jspecify.annotations.Nullable;

/**
 * One person of an admin's bulk import (the demo office uses it too).
 *
 * @param locale en, ru, or null for the browser's
 * @param homeSiteId the site they usually work at, or null
 * @param team their team in the directory, or null
 */
public record NewPerson(String email, String displayName, Role role, @Nullable String locale,
        @Nullable Long homeSiteId, @Nullable String team) {

    public NewPerson(String email, String displayName, Role role, @Nullable String locale, @Nullable Long homeSiteId) {
        this(email, displayName, role, locale, homeSiteId, null);
    }
}
