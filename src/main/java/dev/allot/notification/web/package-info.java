/** Notifications on the web: the inbox, preferences and calendar feeds, as API and pages. */
@NullMarked
package dev.allot.notification.web;

import org.jspecify.annotations.NullMarked;
