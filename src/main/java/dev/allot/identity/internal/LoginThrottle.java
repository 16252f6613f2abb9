package dev.allot.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.allot.platform.ProblemException;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: each failed login takes a token from the email's bucket and from
 * the client address's bucket; an empty bucket refuses further attempts (429) until it refills.
 * Buckets live in memory per node, which bounds guessing per node; that is enough for a login form.
 */
@Component
class LoginThrottle {

    private static final int ADDRESS_FACTOR = 10;

    private final Cache<String, Bucket> buckets;
    private final int failuresAllowed;
    private final Duration window;

    LoginThrottle(IdentityProperties properties) {
        this.failuresAllowed = properties.loginFailuresAllowed();
        this.window = properties.loginFailureWindow();
        this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window.multipliedBy(2)).build();
    }

    void checkAllowed(String email, String clientAddress) {
        refuseIfEmpty(emailBucket(email));
        refuseIfEmpty(addressBucket(clientAddress));
    }

    void recordFailure(String email, String clientAddress) {
        emailBucket(email).tryConsume(1);
        addressBucket(clientAddress).tryConsume(1);
    }

    private Bucket emailBucket(String email) {
        return buckets.get("email:" + email, key -> bucket(failuresAllowed));
    }

    private Bucket addressBucket(String address) {
        return buckets.get("address:" + address, key -> bucket(failuresAllowed * ADDRESS_FACTOR));
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window)).build();
    }

    private static void refuseIfEmpty(Bucket bucket) {
        if (bucket.getAvailableTokens() <= 0) {
            long seconds = Math.max(1, Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill())
                    .toSeconds());
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "login-throttled", "Too many failed sign-ins",
                    "Too many failed sign-ins; try again in " + seconds + " seconds")
                    .with("retryAfterSeconds", seconds);
        }
    }
}
