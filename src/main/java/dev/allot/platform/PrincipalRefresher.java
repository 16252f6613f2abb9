package dev.allot.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Brings a signed-in session up to date on each request: a changed role takes effect at once, and a
 * deactivated person is signed out. Implemented by the identity module.
 */
public interface PrincipalRefresher {

    /** The authentication to use now, or empty when the person may no longer be signed in. */
    Optional<Authentication> refresh(Authentication current);
}
