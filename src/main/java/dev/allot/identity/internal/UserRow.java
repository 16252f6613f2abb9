package dev.allot.identity.internal;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.PersonView;
import dev.allot.identity.Role;
import dev.allot.identity.TelegramAccount;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * @param email null for people without one (V16)
 * @param passwordHash null for people who cannot sign in with a password (V16)
 * @param credentialsVersion changes with each new password and with deactivation (V25)
 */
record UserRow(long id, @Nullable String email, String displayName, @Nullable String passwordHash, Role role,
        boolean active, long createdAt, @Nullable String locale, @Nullable Long homeSiteId, @Nullable String team,
        @Nullable TelegramAccount telegram, int credentialsVersion) {

    static final String COLUMNS = "u.id, u.email, u.display_name, u.password_hash, u.role, u.active, u.created_at, "
            + "u.locale, u.home_site_id, u.team, u.telegram_user_id, u.telegram_name, "
            + "u.credentials_version";

    static UserRow map(ResultSet rs, int row) throws SQLException {
        long homeSite = rs.getLong("home_site_id");
        Long home = rs.wasNull() ? null : homeSite;
        long telegramId = rs.getLong("telegram_user_id");
        TelegramAccount telegram = rs.wasNull() ? null
                : new TelegramAccount(telegramId, String.valueOf(rs.getString("telegram_name")));
        return new UserRow(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getBoolean("active"),
                rs.getLong("created_at"), rs.getString("locale"), home, rs.getString("team"), telegram,
                rs.getInt("credentials_version"));
    }

    UserView view() {
        return new UserView(new UserId(id), email, displayName, role, active, Instant.ofEpochMilli(createdAt), locale,
                homeSiteId, team);
    }

    /** Everything, for admins. */
    PersonView person() {
        return new PersonView(new UserId(id), displayName, email, homeSiteId, team, role, active,
                Instant.ofEpochMilli(createdAt), telegram);
    }

    /** What colleagues see: the email of admins only (whom to write to), no Telegram link. */
    PersonView colleague() {
        return new PersonView(new UserId(id), displayName, role == Role.ADMIN ? email : null, homeSiteId, team, role,
                active, Instant.ofEpochMilli(createdAt), null);
    }

    /** Admins, and the person themselves, see everything. */
    PersonView as(CurrentUser viewer) {
        return viewer.isAdmin() || viewer.id().value() == id ? person() : colleague();
    }

    CurrentUser principal() {
        return new CurrentUser(new UserId(id), email, displayName, role, locale, homeSiteId);
    }
}
