/** The notification facade: takes requests from any module and hands each recipient's copy to the channels, now or at its time. */
@NullMarked
package dev.allot.notification.internal;

import org.jspecify.annotations.NullMarked;
