package dev.allot.notification;

import dev.allot.identity.CurrentUser;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Outgoing webhooks: addresses that get every event other modules publish as a signed JSON POST
 * ({@code X-Allot-Signature: sha256=<hex HMAC-SHA256 of the body>}), retried with backoff, each
 * attempt recorded in a delivery log. Managing them is for admins: every method takes the acting
 * person and answers 403 {@code forbidden} to anyone else.
 */
public interface Webhooks {

    /**
     * Hands an event to every active webhook, inside the caller's transaction: a delivery row and a
     * retried task each, so a rolled-back change posts nothing. Called by modules for what happened,
     * not by people: it needs no role, unlike managing webhooks.
     */
    void publish(WebhookEvent event);

    /** Every registered webhook, oldest first. */
    List<WebhookView> webhooks(CurrentUser admin);

    /** Registers an http(s) address of at most {@link #MAX_URL_LENGTH} characters, with a new secret. */
    RegisteredWebhook register(String url, @Nullable String description, CurrentUser admin);

    /** Removes the webhook and its delivery log; deliveries still pending are dropped. */
    void delete(WebhookId id, CurrentUser admin);

    /** The webhook's deliveries, newest first. */
    Page<WebhookDeliveryView> deliveries(WebhookId id, PageRequest page, CurrentUser admin);

    int MAX_URL_LENGTH = 2000;

    int MAX_DESCRIPTION_LENGTH = 200;
}
