package dev.allot.telegram.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The bot's words (i18n/telegram*.properties), in English or Russian. */
@Component
@OnTelegram
public class Texts {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String get(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The language for a person: their profile's, else Telegram's (Russian for ru, English otherwise). */
    public static Locale locale(@org.jspecify.annotations.Nullable String profile,
            @org.jspecify.annotations.Nullable String telegram) {
        String language = profile != null ? profile : telegram;
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("ru") ? RUSSIAN : Locale.ENGLISH;
    }
}
