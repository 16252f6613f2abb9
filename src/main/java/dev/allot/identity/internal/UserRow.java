package dev.allot.identity.internal;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.Role;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

record UserRow(long id, String email, String displayName, String passwordHash, Role role, boolean active,
        long createdAt, @Nullable String locale, @Nullable Long homeSiteId) {

    static final String COLUMNS =
            "u.id, u.email, u.display_name, u.password_hash, u.role, u.active, u.created_at, u.locale, u.home_site_id";

    static UserRow map(ResultSet rs, int row) throws SQLException {
        long homeSite = rs.getLong("home_site_id");
        Long home = rs.wasNull() ? null : homeSite;
        return new UserRow(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getBoolean("active"),
                rs.getLong("created_at"), rs.getString("locale"), home);
    }

    UserView view() {
        return new UserView(new UserId(id), email, displayName, role, active, Instant.ofEpochMilli(createdAt), locale,
                homeSiteId);
    }

    CurrentUser principal() {
        return new CurrentUser(new UserId(id), email, displayName, role, locale, homeSiteId);
    }
}
