package dev.allot.telegram.internal;

import dev.allot.platform.ProblemException;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Telegram posts updates in webhook mode. The secret Telegram sends back must match
 * {@code allot.telegram.webhook-secret}; the update is kept before the answer, so Telegram's retry of
 * one that was answered late is ignored, and it is handled on the bot's node.
 */
@Hidden
@RestController
@OnTelegram
class WebhookEndpoint {

    private final BotRunner runner;
    private final TelegramProperties properties;

    WebhookEndpoint(BotRunner runner, TelegramProperties properties) {
        this.runner = runner;
        this.properties = properties;
    }

    @PostMapping(path = "/api/v1/telegram/webhook", consumes = "application/json")
    ResponseEntity<Void> update(@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false)
            @Nullable String secret, @RequestBody String body) {
        String expected = properties.webhookSecret();
        if (properties.mode() != TelegramProperties.Mode.WEBHOOK || expected == null || secret == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "This address takes updates from Telegram only");
        }
        try {
            runner.received(body);
        } catch (IllegalArgumentException | com.google.gson.JsonParseException notAnUpdate) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    "The body is not a Telegram update");
        }
        return ResponseEntity.ok().build();
    }
}
