/**
 * The Telegram bot: the same use cases as the web pages and the API (booking desks and rooms, the
 * line, guests, who's in, the directory and the admins' work), in a chat, over the other modules'
 * facades, so it follows the same rules and lands in the same audit log; and the Telegram channel of
 * notifications. Off unless {@code allot.telegram.bot-token} is set (ADR 24).
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "space", "booking", "notification", "audit", "gathering"})
@NullMarked
package dev.allot.telegram;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
