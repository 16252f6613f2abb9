/** Personal iCalendar feeds: secret addresses and the calendar text, from the entries other modules provide. */
@NullMarked
package dev.allot.notification.internal.feed;

import org.jspecify.annotations.NullMarked;
