package dev.allot.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Turns a bearer token into an authenticated user. Implemented by the identity module, so the
 * platform's security wiring does not depend on it.
 */
public interface ApiTokenAuthenticator {

    Optional<Authentication> authenticate(String bearerToken);
}
