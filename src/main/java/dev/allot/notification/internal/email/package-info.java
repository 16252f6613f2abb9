/** Notifications by email over SMTP, with an iCalendar attachment when the notification carries a calendar entry. */
@NullMarked
package dev.allot.notification.internal.email;

import org.jspecify.annotations.NullMarked;
