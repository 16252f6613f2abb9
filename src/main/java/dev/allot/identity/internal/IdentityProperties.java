package dev.allot.identity.internal;

import dev.allot.identity.Role;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param defaultRole the role of people who sign up themselves
 * @param tokenTtl how long an API token stays valid
 * @param loginFailuresAllowed failed logins for one email within {@code loginFailureWindow} before
 *     further attempts are refused; a client address gets ten times as many
 */
@ConfigurationProperties("allot.identity")
record IdentityProperties(Role defaultRole, Duration tokenTtl, int loginFailuresAllowed, Duration loginFailureWindow) {}
