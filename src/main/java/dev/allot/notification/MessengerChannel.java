package dev.allot.notification;

import dev.allot.identity.UserId;

/**
 * A chat messenger that notifications can go through (Telegram is the first), implemented by the
 * module that talks to the messenger. When a bean exists, every notification the person has not
 * turned off for {@link #channel()} is handed to it by a retried db-scheduler task.
 */
public interface MessengerChannel {

    /** Which preference column this messenger answers to. */
    NotificationChannel channel();

    /** How the messenger stands with a person, for their notifications page. */
    enum Status {
        /** No account linked here. */
        NOT_LINKED,
        /** Linked, and messages arrive. */
        ACTIVE,
        /** Linked, but the person blocked the bot: nothing arrives until they write to it again. */
        BLOCKED
    }

    /** How it stands with {@code user}. */
    default Status status(UserId user) {
        return reachable(user) ? Status.ACTIVE : Status.NOT_LINKED;
    }

    /** Whether the person has linked an account here; people who have not get nothing. */
    boolean reachable(UserId user);

    /**
     * Sends one message, already worded in the person's language, with its link and actions (to show
     * as buttons); throws to be retried later.
     */
    void send(UserId user, RenderedNotification message);
}
