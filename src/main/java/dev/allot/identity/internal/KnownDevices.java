package dev.allot.identity.internal;

import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Browsers a person has signed in from, by the hash of the random token their cookie holds. Knowing
 * one only lets its person past the address-wide sign-in throttle ({@link SignInThrottle}).
 */
@Repository
class KnownDevices {

    static final Duration REMEMBERED_FOR = Duration.ofDays(365);

    private final JdbcClient jdbc;
    private final Clock clock;

    KnownDevices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The hash of {@code token} if it is a device of {@code userId} remembered within a year, else null. */
    @Nullable String knownHash(@Nullable String token, long userId) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return null;
        }
        String hash = Tokens.hash(token);
        boolean known = jdbc.sql("select count(*) from known_device where token_hash = :hash and user_id = :user "
                        + "and created_at > :since")
                .param("hash", hash).param("user", userId)
                .param("since", clock.millis() - REMEMBERED_FOR.toMillis()).query(Long.class).single() > 0;
        return known ? hash : null;
    }

    /** {@code current} if it already is this person's device, otherwise a new token remembered now. */
    String remember(long userId, @Nullable String current) {
        if (knownHash(current, userId) != null) {
            return current;
        }
        String token = Tokens.randomString(32);
        jdbc.sql("insert into known_device (token_hash, user_id, created_at) values (:hash, :user, :now)")
                .param("hash", Tokens.hash(token)).param("user", userId).param("now", clock.millis()).update();
        jdbc.sql("delete from known_device where user_id = :user and created_at <= :before")
                .param("user", userId).param("before", clock.millis() - REMEMBERED_FOR.toMillis()).update();
        return token;
    }
}
