package dev.allot.notification.internal;

import java.io.Serializable;

/** A reminder for one booking, {@code minutesBefore} its start as it was when the reminder was set. */
record ReminderRequest(long bookingId, long recipientId, long minutesBefore, long startsAtMillis)
        implements Serializable {

    static String instanceId(long bookingId, long minutesBefore) {
        return bookingId + "-" + minutesBefore;
    }
}
