package dev.allot.identity.internal;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.Role;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import java.time.Instant;

record UserRow(long id, String email, String displayName, String passwordHash, Role role, boolean active,
        long createdAt) {

    UserView view() {
        return new UserView(new UserId(id), email, displayName, role, active, Instant.ofEpochMilli(createdAt));
    }

    CurrentUser principal() {
        return new CurrentUser(new UserId(id), email, displayName, role);
    }
}
