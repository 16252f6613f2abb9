/** The in-app inbox: the notification table and the writer that puts a rendered message in it once per delivery key. */
@NullMarked
package dev.allot.notification.internal.inbox;

import org.jspecify.annotations.NullMarked;
