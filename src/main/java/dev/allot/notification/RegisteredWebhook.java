package dev.allot.notification;

/** A webhook just registered, with the secret that signs its deliveries: the only time it is handed out. */
public record RegisteredWebhook(WebhookView webhook, String secret) {}
