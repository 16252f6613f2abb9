/** How the bot reads updates, keeps conversations and talks back through the Bot API. */
@NullMarked
package dev.allot.telegram.internal;

import org.jspecify.annotations.NullMarked;
