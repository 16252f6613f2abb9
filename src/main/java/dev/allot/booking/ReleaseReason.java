package dev.allot.booking;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why Allot released a booking; {@link #code} is stored as the booking's reason, so the audit log,
 * webhooks and pages see it, and pages and notifications word it in the person's language.
 */
public enum ReleaseReason {
    /** The booker answered that they will not come. */
    NOT_COMING("not-coming"),
    /** No answer by the deadline on the day. */
    NOT_CONFIRMED("not-confirmed"),
    /** A room not checked in by its start plus the grace period. */
    NO_SHOW("no-show");

    private final String code;

    ReleaseReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ReleaseReason> ofCode(@Nullable String code) {
        return Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst();
    }
}
