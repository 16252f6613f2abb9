/** The admins' daily digest of the errors logged since the last one. */
@NullMarked
package dev.allot.notification.internal.digest;

import org.jspecify.annotations.NullMarked;
