package dev.allot.identity.internal;

import dev.allot.identity.Role;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param defaultRole the role of people who sign up themselves
 * @param tokenTtl how long an API token stays valid
 * @param loginFailuresAllowed failed sign-ins for one email from one client before each further
 *     attempt waits, 1 s and doubling ({@link SignInThrottle})
 * @param loginFailureWindow the longest such wait
 * @param loginFailuresAllowedPerAddress failed sign-ins from one address, for any email, before the
 *     same doubling wait (browsers the person signed in from before go past it)
 * @param loginFailuresForgottenAfter how long without a failure before the counts start again
 */
@ConfigurationProperties("allot.identity")
record IdentityProperties(Role defaultRole, Duration tokenTtl, int loginFailuresAllowed, Duration loginFailureWindow,
        int loginFailuresAllowedPerAddress, Duration loginFailuresForgottenAfter) {}
