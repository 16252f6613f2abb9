package dev.allot.identity.web;

import dev.allot.identity.PersonView;
import dev.allot.identity.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person as admins see them: the fields of /api/v1/users plus team and the Telegram link. */
record PersonResponse(long id, String displayName, @Nullable String email, @Nullable Long homeSiteId,
        @Nullable String team, Role role, boolean active, Instant createdAt, @Nullable Telegram telegram) {

    record Telegram(long id, String name) {}

    static PersonResponse of(PersonView person) {
        return new PersonResponse(person.id().value(), person.displayName(), person.email(), person.homeSiteId(),
                person.team(), person.role(), person.active(), person.createdAt(),
                person.telegram() == null ? null : new Telegram(person.telegram().id(), person.telegram().name()));
    }
}
