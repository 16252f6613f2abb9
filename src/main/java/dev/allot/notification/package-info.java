/**
 * Telling people what happened without watching the app: notifications any module sends (in-app inbox,
 * email, messengers, later ones such as reminders), webhooks and personal calendar feeds.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "space"})
@NullMarked
package dev.allot.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
