package dev.allot.identity.internal;

import dev.allot.platform.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing without locking the owner out (issue 14, finding 2). Failures are
 * counted in the database, so every node sees the same counts:
 * <ul>
 * <li>per email and client: the client is the browser when it carries a device cookie the person
 * got at an earlier sign-in, otherwise the address. After {@code loginFailuresAllowed} failures each
 * further attempt waits 1 s, then 2 s, 4 s, ... up to {@code loginFailureWindow}. The owner signing
 * in from another address or from their own browser is not slowed by a stranger's guesses.</li>
 * <li>per address, for any email: ten times as many failures before the same doubling delay; a
 * browser the person is known by goes past it, so colleagues behind one address with an attacker
 * still get in.</li>
 * </ul>
 * A success forgets that email and client's failures; counts are forgotten after
 * {@code loginFailuresForgottenAfter} without a failure. A refused attempt is not checked and not
 * counted, so waiting out the delay is all an owner has to do.
 */
@Component
class SignInThrottle {

    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    /** Who is trying: the email, the address, and the hash of a device token the person is known by. */
    record Client(String email, String address, @Nullable String knownDeviceHash) {

        String pairKey() {
            return Tokens.hash("pair:" + email + "|" + (knownDeviceHash != null ? "device:" + knownDeviceHash
                    : "address:" + address));
        }

        String addressKey() {
            return Tokens.hash("address:" + address);
        }
    }

    private record Failures(String key, int failures, long lastFailureAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionOperations transactions;
    private final int perPair;
    private final int perAddress;
    private final Duration longestDelay;
    private final Duration forgottenAfter;

    SignInThrottle(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager,
            IdentityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.perPair = properties.loginFailuresAllowed();
        this.perAddress = properties.loginFailuresAllowedPerAddress();
        this.longestDelay = properties.loginFailureWindow();
        this.forgottenAfter = properties.loginFailuresForgottenAfter();
    }

    /**
     * 429 {@code login-throttled} with {@code retryAfterSeconds} while this client must wait; otherwise
     * whether failures of this email and client are on record (a success then forgets them).
     */
    boolean checkAllowed(Client client) {
        long now = clock.millis();
        List<String> keys = client.knownDeviceHash() != null ? List.of(client.pairKey())
                : List.of(client.pairKey(), client.addressKey());
        Map<String, Failures> found = failures(keys);
        refuseIfWaiting(Math.max(waitMillis(found.get(client.pairKey()), perPair, now),
                client.knownDeviceHash() != null ? 0 : waitMillis(found.get(client.addressKey()), perAddress, now)));
        return found.containsKey(client.pairKey());
    }

    private static void refuseIfWaiting(long wait) {
        if (wait > 0) {
            long seconds = Math.max(1, (wait + 999) / 1000);
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "login-throttled", "Too many failed sign-ins",
                    "Too many failed sign-ins; try again in " + seconds + " seconds")
                    .with("retryAfterSeconds", seconds);
        }
    }

    /** The limit of the client's address alone (registrations: see {@code Identity.register}). */
    void checkAddress(Client client) {
        long now = clock.millis();
        refuseIfWaiting(waitMillis(failures(List.of(client.addressKey())).get(client.addressKey()), perAddress, now));
    }

    private Map<String, Failures> failures(List<String> keys) {
        return jdbc.sql("select key_hash, failures, last_failure_at from sign_in_failure where key_hash in (:keys)")
                .param("keys", keys)
                .query((rs, row) -> new Failures(rs.getString(1), rs.getInt(2), rs.getLong(3))).list().stream()
                .collect(Collectors.toMap(Failures::key, failures -> failures));
    }

    /** Counts a failure against the address alone, and hands back {@code problem} to throw. */
    ProblemException recordAddressFailure(Client client, ProblemException problem) {
        long now = clock.millis();
        transactions.executeWithoutResult(status -> count(client.addressKey(), now));
        return problem;
    }

    void recordFailure(Client client) {
        long now = clock.millis();
        transactions.executeWithoutResult(status -> {
            count(client.pairKey(), now);
            if (client.knownDeviceHash() == null) {
                count(client.addressKey(), now);
            }
            jdbc.sql("delete from sign_in_failure where last_failure_at < :before")
                    .param("before", now - forgottenAfter.toMillis()).update();
        });
    }

    void recordSuccess(Client client) {
        transactions.executeWithoutResult(status -> jdbc.sql("delete from sign_in_failure where key_hash = :key")
                .param("key", client.pairKey()).update());
    }

    private void count(String key, long now) {
        jdbc.sql("""
                insert into sign_in_failure (key_hash, failures, last_failure_at) values (:key, 1, :now)
                on conflict (key_hash) do update set
                    failures = case when sign_in_failure.last_failure_at < :before then 1
                                    else sign_in_failure.failures + 1 end,
                    last_failure_at = :now
                """)
                .param("key", key).param("now", now).param("before", now - forgottenAfter.toMillis()).update();
    }

    /** How long until the next attempt: nothing below {@code allowed} failures, then doubling from a second. */
    private long waitMillis(@Nullable Failures failures, int allowed, long now) {
        if (failures == null || failures.failures() < allowed
                || failures.lastFailureAt() < now - forgottenAfter.toMillis()) {
            return 0;
        }
        int doublings = Math.min(failures.failures() - allowed, 30);
        long delay = Math.min(FIRST_DELAY.toMillis() << doublings, longestDelay.toMillis());
        return failures.lastFailureAt() + delay - now;
    }
}
