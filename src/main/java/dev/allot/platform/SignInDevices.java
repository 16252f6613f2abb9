package dev.allot.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * Remembers the browser a person just signed in from, for the sign-in throttle's known-device path.
 * Implemented by the identity module; the platform keeps the token in {@link DeviceCookie}.
 */
public interface SignInDevices {

    /** The token for this browser: {@code current} if it already is the person's, otherwise a new one. */
    String remember(Authentication signedIn, @Nullable String current);
}
