/**
 * Telling people what happened to their bookings without watching the app: the in-app inbox,
 * email, webhooks, reminders and personal calendar feeds.
 */
@NullMarked
package dev.allot.notification;

import org.jspecify.annotations.NullMarked;
