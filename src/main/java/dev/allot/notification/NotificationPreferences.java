package dev.allot.notification;

import dev.allot.identity.UserId;
import java.util.List;
import java.util.Map;

/**
 * Which channels a person wants for each kind of notification. A kind's default channels are on
 * until the person turns them off.
 */
public interface NotificationPreferences {

    /** The registered kinds a person can choose channels for, in the order they are shown. */
    List<NotificationKind> kinds();

    /** Kind, then channel, then whether it is on; every kind and channel present. */
    Map<String, Map<NotificationChannel, Boolean>> matrix(UserId owner);

    /**
     * Changes the given cells and leaves the others as they were: 400 for a kind that is not in
     * {@link #kinds()}.
     */
    Map<String, Map<NotificationChannel, Boolean>> update(UserId owner,
            Map<String, Map<NotificationChannel, Boolean>> changes);

    boolean wants(UserId owner, String kind, NotificationChannel channel);

    /** How each messenger this installation has (Telegram, when the bot is on) stands with the person. */
    Map<NotificationChannel, MessengerChannel.Status> messengers(UserId owner);
}
