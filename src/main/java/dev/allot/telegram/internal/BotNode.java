package dev.allot.telegram.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * This node's part in the bot: whether it holds the lease and so reads updates and sends the outbox
 * (one node at a time does).
 */
@Component
@OnTelegram
class BotNode {

    private final String id = UUID.randomUUID().toString();
    private volatile boolean leading;

    String id() {
        return id;
    }

    boolean leading() {
        return leading;
    }

    void leading(boolean leading) {
        this.leading = leading;
    }
}
