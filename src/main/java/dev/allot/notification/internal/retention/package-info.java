/** The nightly clean-up of old read notifications, webhook deliveries and ended bookings' personal data. */
@NullMarked
package dev.allot.notification.internal.retention;

import org.jspecify.annotations.NullMarked;
