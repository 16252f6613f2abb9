package dev.allot.telegram.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One lane a chat: the work for one chat (its updates, its outbox) runs in the order it came, one
 * piece at a time; different chats run side by side, up to {@code allot.telegram.lanes} at once.
 */
@Component
@OnTelegram
class ChatLanes implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

    private final ExecutorService workers;
    private final ConcurrentHashMap<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    ChatLanes(TelegramProperties properties) {
        this.workers = Executors.newFixedThreadPool(properties.lanes(),
                Thread.ofPlatform().name("telegram-lane-", 0).daemon(true).factory());
    }

    /** Runs {@code work} after everything queued for the chat before it. */
    void submit(long chatId, Runnable work) {
        tails.compute(chatId, (chat, tail) -> {
            CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            CompletableFuture<Void> next = previous.thenRunAsync(() -> run(chat, work), workers);
            next.whenComplete((done, failure) -> tails.remove(chat, next));
            return next;
        });
    }

    private static void run(long chat, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException failure) {
            log.error("Telegram chat {}: {}", chat, failure.toString(), failure);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
