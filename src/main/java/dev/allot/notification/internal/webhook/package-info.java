/** Outgoing webhooks: registration, signed JSON deliveries and their retries. */
@NullMarked
package dev.allot.notification.internal.webhook;

import org.jspecify.annotations.NullMarked;
