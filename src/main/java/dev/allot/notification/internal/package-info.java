/** How notifications are stored, scheduled and delivered. */
@NullMarked
package dev.allot.notification.internal;

import org.jspecify.annotations.NullMarked;
