package dev.allot.notification.internal.digest;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts ERROR events on this node, with the first few messages, for the daily error digest
 * (registered in logback-spring.xml). It only touches memory: no logging and no database from the
 * logging path, so it cannot recurse or slow a failing request down.
 */
public class ErrorCountingAppender extends AppenderBase<ILoggingEvent> {

    /** How many messages a digest quotes. */
    static final int FIRST = 5;
    private static final int LONGEST = 300;

    /** What was counted since the last digest. */
    record Counted(long count, List<String> first) {}

    private static final Object LOCK = new Object();
    private static long count;
    private static List<String> first = new ArrayList<>();

    @Override
    protected void append(ILoggingEvent event) {
        if (!event.getLevel().isGreaterOrEqual(Level.ERROR)) {
            return;
        }
        synchronized (LOCK) {
            count++;
            if (first.size() < FIRST) {
                String message = event.getLoggerName() + ": " + event.getFormattedMessage();
                first.add(message.length() > LONGEST ? message.substring(0, LONGEST) + "…" : message);
            }
        }
    }

    /** Hands over what was counted and starts again from nothing. */
    static Counted drain() {
        synchronized (LOCK) {
            Counted counted = new Counted(count, List.copyOf(first));
            count = 0;
            first = new ArrayList<>();
            return counted;
        }
    }
}
