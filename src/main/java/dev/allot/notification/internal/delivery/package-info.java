/** Taking notification requests from any module: kinds, preferences, rendering in the recipient's language and zone, and the tasks that deliver now or later. */
@NullMarked
package dev.allot.notification.internal.delivery;

import org.jspecify.annotations.NullMarked;
