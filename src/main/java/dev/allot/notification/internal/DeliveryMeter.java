package dev.allot.notification.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code allot_notification_deliveries_total{channel, outcome}} (issue 15): each attempt of a delivery
 * task, {@code sent} or {@code failed} (a failed one is retried later and counted again). Public for
 * the channels' subpackages; not an API.
 */
public final class DeliveryMeter {

    private DeliveryMeter() {}

    public static void count(MeterRegistry registry, String channel, Runnable send) {
        try {
            send.run();
            counter(registry, channel, "sent").increment();
        } catch (RuntimeException failed) {
            counter(registry, channel, "failed").increment();
            throw failed;
        }
    }

    private static Counter counter(MeterRegistry registry, String channel, String outcome) {
        return Counter.builder("allot.notification.deliveries").description("Delivery attempts per channel")
                .tag("channel", channel).tag("outcome", outcome).register(registry);
    }
}
