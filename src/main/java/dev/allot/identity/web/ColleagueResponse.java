package dev.allot.identity.web;

import dev.allot.identity.PersonView;
import org.jspecify.annotations.Nullable;

/** A colleague as members see them: no email unless the colleague is an admin, no role or Telegram link. */
record ColleagueResponse(long id, String displayName, @Nullable String email, @Nullable Long homeSiteId,
        @Nullable String team) {

    static ColleagueResponse of(PersonView person) {
        return new ColleagueResponse(person.id().value(), person.displayName(), person.email(), person.homeSiteId(),
                person.team());
    }
}
