package dev.allot.telegram.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything the bot says goes through here: kept in telegram_outbox (in the caller's transaction),
 * then sent in order per chat by the node that runs the bot. A 429 waits its {@code retry_after}; a
 * network failure or 5xx backs off and tries again; a 403 (the person blocked the bot) marks the chat
 * blocked and drops what was waiting for it; an edit of a message that is gone is sent as a new one.
 */
@Component
@OnTelegram
public class Outbox implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    /** Tries before a call that keeps failing on the network is given up on. */
    static final int MAX_ATTEMPTS = 12;

    private final OutboxRepository outbox;
    private final ChatRepository chats;
    private final BotApi api;
    private final ChatLanes lanes;
    private final BotNode node;
    private final JsonMapper json;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("telegram-outbox").daemon(true).factory());
    private final AtomicBoolean sweeping = new AtomicBoolean();

    Outbox(OutboxRepository outbox, ChatRepository chats, BotApi api, ChatLanes lanes, BotNode node, JsonMapper json) {
        this.outbox = outbox;
        this.chats = chats;
        this.api = api;
        this.lanes = lanes;
        this.node = node;
        this.json = json;
        // Real time, not the application's clock: waits and leases are about talking to Telegram, and a
        // test that moves the application's clock must not leave calls due in its future.
        this.clock = Clock.systemUTC();
        timer.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    /** Queues one call for the chat; it goes out after the caller's transaction commits. */
    public void add(long chatId, Outgoing call, byte @Nullable [] photo) {
        outbox.add(chatId, json.writeValueAsString(call), photo, clock.millis());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    kick(chatId);
                }
            });
        } else {
            kick(chatId);
        }
    }

    /** Sends what waits for the chat, on the chat's lane, if this node runs the bot (else its sweep will). */
    void kick(long chatId) {
        if (node.leading()) {
            lanes.submit(chatId, () -> drain(chatId));
        }
    }

    /** What is due everywhere, in case a kick was missed (another node queued it, or a wait ended). */
    void sweep() {
        if (!node.leading() || !sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            outbox.chatsDue(clock.millis(), 500).forEach(this::kick);
        } catch (RuntimeException failure) {
            log.warn("Telegram outbox sweep failed: {}", failure.toString());
        } finally {
            sweeping.set(false);
        }
    }

    /** Keeps the tables small: what was sent or dropped a week ago. */
    void forget(Duration age) {
        outbox.forget(clock.millis() - age.toMillis());
    }

    private void drain(long chatId) {
        while (node.leading()) {
            Optional<OutboxRepository.Pending> next = outbox.next(chatId);
            if (next.isEmpty()) {
                return;
            }
            OutboxRepository.Pending pending = next.get();
            long now = clock.millis();
            if (pending.dueAt() > now) {
                return; // the sweep kicks it when it is due
            }
            Outgoing call = json.readValue(pending.body(), Outgoing.class);
            BotApi.Outcome outcome = api.send(chatId, call, pending.photo());
            if (outcome instanceof BotApi.Outcome.Gone gone) {
                outcome = resend(chatId, call, pending.photo(), gone);
            }
            if (!settle(pending, call, outcome)) {
                return;
            }
        }
    }

    /** An edit of a message that is gone (deleted, too old) becomes a new message; other calls are done. */
    private BotApi.Outcome resend(long chatId, Outgoing call, byte @Nullable [] photo, BotApi.Outcome.Gone gone) {
        return switch (call) {
            case Outgoing.Edit edit -> api.send(chatId, new Outgoing.Send(edit.text(), edit.keyboard(), null), null);
            case Outgoing.EditPhoto edit -> api.send(chatId, new Outgoing.SendPhoto(edit.caption(), edit.keyboard()), photo);
            case Outgoing.Delete delete -> new BotApi.Outcome.Done(null);
            case Outgoing.Answer answer -> new BotApi.Outcome.Done(null);
            default -> gone;
        };
    }

    /** Records the outcome; whether to go on with the chat's next call now. */
    private boolean settle(OutboxRepository.Pending pending, Outgoing call, BotApi.Outcome outcome) {
        long now = clock.millis();
        switch (outcome) {
            case BotApi.Outcome.Done done -> outbox.sent(pending.id(), now);
            case BotApi.Outcome.NotModified same -> outbox.sent(pending.id(), now);
            case BotApi.Outcome.RetryAfter wait -> {
                log.info("Telegram asks to wait {} s before writing to chat {}", wait.delay().toSeconds(), pending.chatId());
                outbox.later(pending.id(), now + wait.delay().toMillis(), false);
                return false;
            }
            case BotApi.Outcome.Blocked blocked -> {
                log.info("Telegram chat {} is closed to the bot ({}); its Telegram channel is inactive",
                        pending.chatId(), blocked.description());
                chats.blocked(pending.chatId(), now);
                outbox.dropPending(pending.chatId(), "blocked: " + blocked.description());
                return false;
            }
            case BotApi.Outcome.Unreachable failure -> {
                int attempts = pending.attempts() + 1;
                if (attempts >= MAX_ATTEMPTS) {
                    log.error("Telegram call to chat {} given up after {} attempts: {}", pending.chatId(), attempts,
                            failure.description());
                    outbox.failed(pending.id(), failure.description());
                    return true;
                }
                long backoff = Math.min(Duration.ofMinutes(5).toMillis(), 1000L << Math.min(attempts, 16));
                outbox.later(pending.id(), now + backoff, true);
                return false;
            }
            case BotApi.Outcome.Gone gone -> {
                log.error("Telegram refused {} to chat {}: {}", name(call), pending.chatId(), gone.description());
                outbox.failed(pending.id(), gone.description());
            }
            case BotApi.Outcome.Refused refused -> {
                log.error("Telegram refused {} to chat {}: {} {}", name(call), pending.chatId(), refused.code(),
                        refused.description());
                outbox.failed(pending.id(), refused.code() + " " + refused.description());
            }
        }
        return true;
    }

    private static String name(Outgoing call) {
        return call.getClass().getSimpleName();
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
