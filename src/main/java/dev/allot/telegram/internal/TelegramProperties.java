package dev.allot.telegram.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bot's settings (environment: {@code ALLOT_TELEGRAM_BOT_TOKEN}, {@code ALLOT_TELEGRAM_API_URL}, ...).
 *
 * @param botToken BotFather's token; the bot is off without one
 * @param apiUrl the Bot API's base URL; the bot calls {@code {apiUrl}/bot{token}/{method}} (default
 *     {@code https://api.telegram.org}), so a self-hosted Bot API server or a test fake can stand in
 * @param admins Telegram user ids that are admins of the bot, besides linked people whose role is ADMIN
 * @param mode how updates arrive: {@code polling} (default; works behind a firewall) or {@code webhook}
 * @param webhookUrl the public address Telegram posts updates to in webhook mode (ending in {@code /api/v1/telegram/webhook})
 * @param webhookSecret the secret Telegram sends back in {@code X-Telegram-Bot-Api-Secret-Token}; required in webhook mode
 * @param pollTimeout how long one {@code getUpdates} waits for an update (default 25 s)
 * @param leaseTtl how long the polling node's lease lasts without renewal (default 60 s); another node takes over after it
 * @param lanes how many chats are served at once (default 8); one chat's updates are always handled in order
 * @param run whether this node may run the bot (take the lease, read updates, send); false for a node
 *     that only serves the web and queues the bot's messages for the node that runs it (default true)
 */
@ConfigurationProperties("allot.telegram")
public record TelegramProperties(@Nullable String botToken, @Nullable String apiUrl, @Nullable List<Long> admins,
        @Nullable Mode mode, @Nullable String webhookUrl, @Nullable String webhookSecret, @Nullable Duration pollTimeout,
        @Nullable Duration leaseTtl, int lanes, @Nullable Boolean run) {

    public enum Mode { POLLING, WEBHOOK }

    public TelegramProperties {
        apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://api.telegram.org" : apiUrl.replaceAll("/+$", "");
        admins = admins == null ? List.of() : List.copyOf(admins);
        mode = mode == null ? Mode.POLLING : mode;
        pollTimeout = pollTimeout == null ? Duration.ofSeconds(25) : pollTimeout;
        leaseTtl = leaseTtl == null ? Duration.ofSeconds(60) : leaseTtl;
        lanes = lanes < 1 ? 8 : lanes;
        run = run == null ? Boolean.TRUE : run;
    }

    public boolean runs() {
        return !Boolean.FALSE.equals(run);
    }

    public boolean enabled() {
        return botToken != null && !botToken.isBlank();
    }

    public Set<Long> adminIds() {
        return Set.copyOf(admins());
    }

    @Override
    public List<Long> admins() {
        return admins == null ? List.of() : admins;
    }

    @Override
    public Mode mode() {
        return mode == null ? Mode.POLLING : mode;
    }

    @Override
    public Duration pollTimeout() {
        return pollTimeout == null ? Duration.ofSeconds(25) : pollTimeout;
    }

    @Override
    public Duration leaseTtl() {
        return leaseTtl == null ? Duration.ofSeconds(60) : leaseTtl;
    }

    @Override
    public String apiUrl() {
        return apiUrl == null ? "https://api.telegram.org" : apiUrl;
    }
}
