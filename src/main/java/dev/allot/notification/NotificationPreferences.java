package dev.allot.notification;

import dev.allot.identity.UserId;
import java.util.List;
import java.util.Map;

/**
 * Which channels a person wants for each kind of notification. Every channel is on until the person
 * turns it off.
 */
public interface NotificationPreferences {

    /** The kinds a person can choose channels for, in the order they are shown. */
    List<String> KINDS = List.of("booking-created", "approval-needed", "booking-approved", "booking-rejected",
            "booking-cancelled", "booking-changed", "booking-reminder");

    /** Kind, then channel, then whether it is on; every kind and channel present. */
    Map<String, Map<NotificationChannel, Boolean>> matrix(UserId owner);

    /**
     * Changes the given cells and leaves the others as they were: 400 for a kind that is not in
     * {@link #KINDS}.
     */
    Map<String, Map<NotificationChannel, Boolean>> update(UserId owner,
            Map<String, Map<NotificationChannel, Boolean>> changes);

    boolean wants(UserId owner, String kind, NotificationChannel channel);
}
