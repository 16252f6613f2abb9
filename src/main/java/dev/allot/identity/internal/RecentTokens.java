package dev.allot.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Bearer tokens that authenticated in the last few seconds, so that a client's burst of requests
 * reads api_token and app_user once, not once a request. Whatever changes a person or revokes a token
 * forgets it here at once and again when its transaction commits (so that a request reading the old
 * row meanwhile cannot put it back for long); another node forgets it when its entry ages out, after
 * {@code allot.security.token-cache} (5 s; 0 turns the cache off).
 */
@Component
class RecentTokens {

    /** What a token authenticated as, until when the token itself is valid. */
    record Entry(long userId, Authentication authentication, long tokenExpiresAt) {}

    private final Cache<String, Entry> entries;
    private final boolean enabled;

    @Autowired
    RecentTokens(@Value("${allot.security.token-cache:PT5S}") Duration ttl) {
        this(ttl, Ticker.systemTicker());
    }

    RecentTokens(Duration ttl, Ticker ticker) {
        this.enabled = !ttl.isZero() && !ttl.isNegative();
        this.entries = Caffeine.newBuilder().expireAfterWrite(enabled ? ttl : Duration.ofMillis(1))
                .maximumSize(10_000).ticker(ticker).build();
    }

    Optional<Authentication> find(String tokenHash, long now) {
        Entry entry = enabled ? entries.getIfPresent(tokenHash) : null;
        return entry != null && entry.tokenExpiresAt() > now ? Optional.of(entry.authentication()) : Optional.empty();
    }

    void remember(String tokenHash, Entry entry) {
        if (enabled) {
            entries.put(tokenHash, entry);
        }
    }

    /** Forgets one token (signed out, revoked). */
    void forgetToken(String tokenHash) {
        nowAndAfterTheTransaction(() -> entries.invalidate(tokenHash));
    }

    /** Forgets every token of one person (their role, name, preferences or activity changed). */
    void forgetUser(long userId) {
        nowAndAfterTheTransaction(() -> entries.asMap().values().removeIf(entry -> entry.userId() == userId));
    }

    private static void nowAndAfterTheTransaction(Runnable forget) {
        forget.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget.run();
                }
            });
        }
    }
}
