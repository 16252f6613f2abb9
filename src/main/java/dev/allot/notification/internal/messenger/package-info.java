/** Handing notifications to the chat messengers other modules provide through the MessengerChannel SPI. */
@NullMarked
package dev.allot.notification.internal.messenger;

import org.jspecify.annotations.NullMarked;
