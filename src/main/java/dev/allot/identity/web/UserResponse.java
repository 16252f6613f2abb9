package dev.allot.identity.web;

import dev.allot.identity.Role;
import dev.allot.identity.UserView;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

record UserResponse(long id, @Nullable String email, String displayName, Role role, boolean active, Instant createdAt,
        @Nullable String locale, @Nullable Long homeSiteId) {

    static UserResponse of(UserView user) {
        return new UserResponse(user.id().value(), user.email(), user.displayName(), user.role(), user.active(),
                user.createdAt(), user.locale(), user.homeSiteId());
    }
}
