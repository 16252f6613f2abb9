package dev.allot.notification;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A kind of notification people choose channels for, declared as a Spring bean by the module that
 * sends it; the preferences list the kinds in the beans' order ({@code @Order}).
 *
 * @param id e.g. {@code booking-created}
 * @param label the message code of its name on the profile page
 * @param defaultChannels the channels that are on until the person turns them off
 */
public record NotificationKind(String id, String label, Set<NotificationChannel> defaultChannels) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    public NotificationKind {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A kind id is lower-case letters, digits and '-', not " + id);
        }
        defaultChannels = Set.copyOf(defaultChannels);
    }

    /** A kind with every channel on by default. */
    public NotificationKind(String id, String label) {
        this(id, label, EnumSet.allOf(NotificationChannel.class));
    }
}
