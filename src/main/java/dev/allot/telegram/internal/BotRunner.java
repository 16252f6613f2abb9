package dev.allot.telegram.internal;

import com.pengrad.telegrambot.model.BotCommand;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.DeleteWebhook;
import com.pengrad.telegrambot.request.SetMyCommands;
import com.pengrad.telegrambot.request.SetWebhook;
import com.pengrad.telegrambot.utility.BotUtils;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the bot on the node that holds the lease (one node at a time): takes updates from the Bot API
 * with long polling (or, in webhook mode, from those the webhook stored), keeps each before its offset
 * is confirmed, and hands it to its chat's lane. A node that starts, or takes over, first handles the
 * updates kept but not handled yet. The other nodes wait for the lease.
 */
@Component
@OnTelegram
public class BotRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BotRunner.class);

    private final BotApi api;
    private final UpdateRepository updates;
    private final UpdateProcessor processor;
    private final ChatLanes lanes;
    private final BotNode node;
    private final Outbox outbox;
    private final Router router;
    private final Texts texts;
    private final TelegramProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean running;
    private @Nullable Thread thread;
    private long offset;
    private long nextCleanup;

    /** How long handled updates and sent calls are kept. */
    static final Duration KEPT = Duration.ofDays(7);

    BotRunner(BotApi api, UpdateRepository updates, UpdateProcessor processor, ChatLanes lanes, BotNode node,
            Outbox outbox, Router router, Texts texts, TelegramProperties properties, TransactionTemplate transaction) {
        this.api = api;
        this.updates = updates;
        this.processor = processor;
        this.lanes = lanes;
        this.node = node;
        this.outbox = outbox;
        this.router = router;
        this.texts = texts;
        this.properties = properties;
        this.transaction = transaction;
        // Real time, not the application's clock: waits and leases are about talking to Telegram, and a
        // test that moves the application's clock must not leave calls due in its future.
        this.clock = Clock.systemUTC();
    }

    @Override
    public void start() {
        if (!properties.runs()) {
            log.info("Telegram bot: this node queues messages; another node runs the bot (allot.telegram.run=false)");
            return;
        }
        running = true;
        Thread runner = Thread.ofPlatform().name("telegram-bot").daemon(true).unstarted(this::run);
        thread = runner;
        runner.start();
    }

    @Override
    public void stop() {
        running = false;
        signal();
        Thread runner = thread;
        thread = null;
        if (runner != null) {
            try {
                runner.join(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (node.leading()) {
            node.leading(false);
            updates.release(node.id());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** A webhook stored an update: look at once instead of at the next round. */
    void signal() {
        lock.lock();
        try {
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        Duration backoff = Duration.ofSeconds(1);
        // A loop ends when the bot stops, or when a restart has started another (this one may still be in a poll).
        while (running && thread == Thread.currentThread()) {
            try {
                if (!holdLease()) {
                    pause(properties.leaseTtl().dividedBy(4));
                    continue;
                }
                cleanUp();
                boolean ok = properties.mode() == TelegramProperties.Mode.POLLING ? poll() : awaitWebhook();
                backoff = ok ? Duration.ofSeconds(1) : min(backoff.multipliedBy(2), Duration.ofSeconds(30));
                if (!ok) {
                    pause(backoff);
                }
            } catch (RuntimeException failure) {
                if (running) {
                    log.warn("Telegram bot loop: {}", failure.toString());
                    pause(backoff);
                    backoff = min(backoff.multipliedBy(2), Duration.ofSeconds(30));
                }
            }
        }
    }

    private boolean holdLease() {
        long now = clock.millis();
        var lease = updates.lease(node.id(), now, now + properties.leaseTtl().toMillis());
        if (lease.isEmpty()) {
            if (node.leading()) {
                log.info("Telegram bot: another node took the lease");
                node.leading(false);
            }
            return false;
        }
        offset = lease.get();
        if (!node.leading()) {
            node.leading(true);
            log.info("Telegram bot runs on this node ({} mode)", properties.mode().name().toLowerCase(Locale.ROOT));
            setUp();
            resume();
        }
        return true;
    }

    /** Taking over: the webhook set or removed, the commands listed, what was kept but not handled. */
    private void setUp() {
        if (properties.mode() == TelegramProperties.Mode.WEBHOOK) {
            report("setWebhook", api.call(new SetWebhook().url(Objects.requireNonNull(properties.webhookUrl(),
                            "allot.telegram.webhook-url is required in webhook mode"))
                    .secretToken(Objects.requireNonNull(properties.webhookSecret(),
                            "allot.telegram.webhook-secret is required in webhook mode"))
                    .allowedUpdates("message", "callback_query", "my_chat_member")));
        } else {
            report("deleteWebhook", api.call(new DeleteWebhook()));
        }
        for (Locale locale : List.of(Locale.ENGLISH, Texts.RUSSIAN)) {
            List<BotCommand> commands = new ArrayList<>();
            for (ChatFlow flow : router.flows()) {
                for (String command : flow.commands()) {
                    commands.add(new BotCommand(command, texts.get(locale, "telegram.command." + command)));
                }
            }
            SetMyCommands request = new SetMyCommands(commands.toArray(BotCommand[]::new));
            if (locale.equals(Texts.RUSSIAN)) {
                request.languageCode("ru");
            }
            report("setMyCommands", api.call(request));
        }
    }

    private static void report(String call, BotApi.Outcome outcome) {
        if (!(outcome instanceof BotApi.Outcome.Done)) {
            log.warn("Telegram {}: {}", call, outcome);
        }
    }

    /** Updates kept but not handled (the node stopped before it could), in order. */
    private void resume() {
        for (UpdateRepository.Stored stored : updates.unhandled(10_000)) {
            dispatch(stored.updateId(), BotUtils.parseUpdate(stored.body()));
        }
        outbox.sweep();
    }

    /** Once an hour on the bot's node: forget updates handled and calls made a week ago. */
    private void cleanUp() {
        long now = clock.millis();
        if (now < nextCleanup) {
            return;
        }
        nextCleanup = now + Duration.ofHours(1).toMillis();
        updates.forget(now - KEPT.toMillis());
        outbox.forget(KEPT);
    }

    private boolean poll() {
        BotApi.Polled polled = api.getUpdates(offset, properties.pollTimeout());
        if (!(polled.outcome() instanceof BotApi.Outcome.Done)) {
            if (running) {
                log.warn("Telegram getUpdates: {}", polled.outcome());
            }
            if (polled.outcome() instanceof BotApi.Outcome.RetryAfter wait) {
                pause(wait.delay());
                return true;
            }
            return false;
        }
        List<Update> received = polled.updates();
        if (received.isEmpty()) {
            return true;
        }
        List<Update> fresh = new ArrayList<>();
        long next = offset;
        long now = clock.millis();
        for (Update update : received) {
            next = Math.max(next, update.updateId() + 1L);
        }
        long nextOffset = next;
        boolean kept = Boolean.TRUE.equals(transaction.execute(status -> {
            for (Update update : received) {
                if (updates.store(update.updateId(), UpdateProcessor.chatOf(update), BotUtils.toJson(update), now)) {
                    fresh.add(update);
                }
            }
            if (!updates.advance(node.id(), nextOffset)) {
                status.setRollbackOnly();
                return false;
            }
            return true;
        }));
        if (!kept) {
            fresh.clear();
            return true; // the lease was lost meanwhile: the new holder polls them again
        }
        offset = nextOffset;
        for (Update update : fresh) {
            dispatch(update.updateId(), update);
        }
        return true;
    }

    private boolean awaitWebhook() {
        pause(Duration.ofSeconds(2));
        resume();
        return true;
    }

    /** Stores an update the webhook received (a repeat is ignored) and, on the bot's node, handles it. */
    void received(String body) {
        Update update = BotUtils.parseUpdate(body);
        if (update == null || update.updateId() == null) {
            throw new IllegalArgumentException("Not a Telegram update");
        }
        if (updates.store(update.updateId(), UpdateProcessor.chatOf(update), body, clock.millis()) && node.leading()) {
            dispatch(update.updateId(), update);
        }
    }

    private void dispatch(long updateId, Update update) {
        @Nullable Long chat = UpdateProcessor.chatOf(update);
        lanes.submit(chat == null ? 0L : chat, () -> processor.handle(updateId));
    }

    private void pause(Duration duration) {
        lock.lock();
        try {
            if (running) {
                wake.awaitNanos(duration.toNanos());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
