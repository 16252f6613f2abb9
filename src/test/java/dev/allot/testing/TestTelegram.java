package dev.allot.testing;

/**
 * One fake Bot API server ({@link FakeBotApi}) for every application the tests start in this JVM, so
 * that the bot runs in the shared context against a real HTTP server on loopback.
 */
public final class TestTelegram {

    /** The bot's token in the tests; the fake answers 401 to any other. */
    public static final String TOKEN = "424242:allot-test-token";

    /** A Telegram user id that allot.telegram.admins names in the tests. */
    public static final long BOT_ADMIN_ID = 4_200_000_001L;

    private static final FakeBotApi API = start();

    private TestTelegram() {}

    public static FakeBotApi api() {
        return API;
    }

    public static String url() {
        return API.baseUrl();
    }

    private static FakeBotApi start() {
        FakeBotApi api = FakeBotApi.start(TOKEN);
        Runtime.getRuntime().addShutdownHook(new Thread(api::close));
        return api;
    }
}
