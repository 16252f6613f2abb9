package dev.allot.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real HTTP server on loopback that answers like the Telegram Bot API, for tests of the bot: it
 * keeps the private chats of the users a test creates, queues their messages and button presses
 * as updates for {@code getUpdates}, and applies what the bot sends, edits and deletes, so that a
 * test reads each chat as the user would see it now.
 *
 * <p>Point pengrad's client at it with
 * {@code new TelegramBot.Builder(token).apiUrl(fake.baseUrl() + "/bot").build()}: pengrad's
 * {@code apiUrl} is the prefix that the token follows (its default is
 * {@code https://api.telegram.org/bot}), and it calls {@code apiUrl + token + "/" + method}. Pengrad
 * always POSTs, as {@code application/x-www-form-urlencoded} (objects and arrays such as
 * {@code reply_markup} as JSON strings) or, when a file is attached, as {@code multipart/form-data};
 * the fake also takes JSON bodies and query-string parameters, as Telegram does.
 *
 * <p>What it holds to, as Telegram does: a wrong token is a 401; every answer is
 * {@code {"ok":true,"result":...}} or {@code {"ok":false,"error_code":...,"description":...}} with
 * that HTTP status; dates are epoch seconds; user ids are above 2^32 (real ones no longer fit an
 * {@code int}); update ids increase by one; {@code getUpdates} long-polls and a second concurrent
 * one ends the first with 409; HTML and MarkdownV2 are parsed (the message keeps the plain text, a
 * stray {@code <} or an unescaped {@code .} is a 400 "can't parse entities"); editing a message
 * without {@code reply_markup} removes its inline keyboard; an edit that changes nothing is a 400
 * "message is not modified"; blocking the bot queues a {@code my_chat_member} update and makes
 * every send or edit to that chat a 403. Webhooks are remembered but nothing is delivered to them.
 * A call shows in {@link #calls()} once it is answered, in the order the calls came in.
 */
public final class FakeBotApi implements AutoCloseable {

    /** The bot's first name and username in {@code getMe} and in the {@code from} of its messages. */
    public static final String BOT_NAME = "Allot test bot";

    public static final String BOT_USERNAME = "allot_test_bot";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String BLOCKED = "Forbidden: bot was blocked by the user";

    private static final String NOT_MODIFIED = "Bad Request: message is not modified: specified new message"
            + " content and reply markup are exactly the same as a current content and reply markup of the message";

    private static final String QUERY_INVALID =
            "Bad Request: query is too old and response timeout expired or query ID is invalid";

    /** Parameters that are objects or arrays: form and multipart bodies carry them as JSON strings. */
    private static final Set<String> JSON_PARAMETERS = Set.of("reply_markup", "media", "entities",
            "caption_entities", "link_preview_options", "allowed_updates", "commands", "scope",
            "reply_parameters", "message_ids");

    private static final List<String> METHODS = List.of("getMe", "getUpdates", "setWebhook", "deleteWebhook",
            "getWebhookInfo", "sendMessage", "sendPhoto", "editMessageText", "editMessageReplyMarkup",
            "editMessageCaption", "editMessageMedia", "answerCallbackQuery", "deleteMessage", "setMyCommands",
            "getMyCommands", "deleteMyCommands", "sendChatAction");

    /** Telegram's default when a bot never named the updates it wants. */
    private static final Set<String> DEFAULT_UPDATES = Set.of("message", "edited_message", "channel_post",
            "edited_channel_post", "business_connection", "business_message", "edited_business_message",
            "deleted_business_messages", "inline_query", "chosen_inline_result", "callback_query",
            "shipping_query", "pre_checkout_query", "purchased_paid_media", "poll", "poll_answer",
            "my_chat_member", "chat_join_request", "chat_boost", "removed_chat_boost");

    private final String token;
    private final long botId;
    private final Clock clock;
    private final HttpServer server;
    private final ExecutorService executor;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final AtomicLong callSequence = new AtomicLong();

    // All below under lock.
    private final Map<Long, TgUser> users = new HashMap<>();
    private final Set<Long> blocked = new HashSet<>();
    private final Map<Long, Chat> chats = new HashMap<>();
    private final Map<String, Photo> photos = new HashMap<>();
    private final Deque<Update> updates = new ArrayDeque<>();
    private final Map<String, Query> queries = new LinkedHashMap<>();
    private final List<SequencedCall> calls = new ArrayList<>();
    private final Map<String, Deque<Failure>> failures = new HashMap<>();
    private final ObjectNode commands = JSON.createObjectNode();
    private Set<String> allowedUpdates = DEFAULT_UPDATES;
    private int nextUpdateId;
    private long poll;
    private int waitingPolls;
    private @Nullable String webhookUrl;
    private boolean closed;

    private FakeBotApi(String token, Clock clock) throws IOException {
        this.token = token;
        this.clock = clock;
        int colon = token.indexOf(':');
        this.botId = colon > 0 && token.substring(0, colon).chars().allMatch(Character::isDigit)
                ? Long.parseLong(token.substring(0, colon)) : 7_000_000_001L;
        this.nextUpdateId = ThreadLocalRandom.current().nextInt(100_000_000, 900_000_000);
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-bot-api-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A fake for the bot with this token, on a free port of 127.0.0.1, on the system clock. */
    public static FakeBotApi start(String token) {
        return start(token, Clock.systemUTC());
    }

    /** A fake whose message and update dates come from {@code clock} (e.g. {@link TestClock#INSTANCE}). */
    public static FakeBotApi start(String token, Clock clock) {
        try {
            return new FakeBotApi(token, clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Bot API base URL, {@code http://127.0.0.1:<port>}, without {@code /bot}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String token() {
        return token;
    }

    // ---- what a test does as a Telegram user

    /** A new Telegram user who has a private chat with the bot (chat id == user id). */
    public TgUser user(String firstName, @Nullable String lastName, @Nullable String languageCode) {
        return locked(() -> {
            long id;
            do {
                id = ThreadLocalRandom.current().nextLong(5_000_000_000L, 9_000_000_000L);
            } while (users.containsKey(id));
            TgUser user = new TgUser(id, firstName, lastName, languageCode);
            users.put(id, user);
            chats.put(id, new Chat());
            return user;
        });
    }

    /**
     * The user sends {@code text} to the bot; returns the id of the {@code message} update queued.
     * A user who blocked the bot restarts it first (Telegram's "Restart" button), as a real one must.
     */
    public int type(TgUser user, String text) {
        return locked(() -> {
            Chat chat = chatOf(user);
            if (blocked.remove(user.id())) {
                queueMemberChange(user, "kicked", "member");
            }
            Stored message = new Stored(++chat.lastMessageId, user.id(), false, now());
            message.text = text;
            if (text.startsWith("/")) {
                int end = 0;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                message.entities = JSON.createArrayNode();
                message.entities.addObject().put("offset", 0).put("length", end).put("type", "bot_command");
            }
            chat.messages.put(message.id, message);
            return queue("message", update -> update.set("message", messageJson(message)));
        });
    }

    /**
     * The user presses the inline button of the bot's message whose text is {@code buttonText} (or,
     * failing an exact match, the one button whose text contains it), as the message is now; returns
     * the id of the {@code callback_query} update queued. Fails the test when there is no such button.
     */
    public int press(TgUser user, Message botMessage, String buttonText) {
        return locked(() -> {
            Stored message = chatOf(user).messages.get(botMessage.messageId());
            if (message == null || !message.fromBot) {
                throw new AssertionError("message " + botMessage.messageId() + " is no longer in the chat of "
                        + user.firstName());
            }
            List<Button> buttons = buttonsOf(message.inlineKeyboard);
            List<Button> exact = buttons.stream().filter(b -> b.text().equals(buttonText)).toList();
            List<Button> found = !exact.isEmpty() ? exact
                    : buttons.stream().filter(b -> b.text().contains(buttonText)).toList();
            if (found.size() != 1) {
                throw new AssertionError((found.isEmpty() ? "no button \"" : "more than one button \"") + buttonText
                        + "\" on message " + message.id + " (\"" + message.shown() + "\"); its buttons: "
                        + buttons.stream().map(Button::text).toList());
            }
            Button button = found.getFirst();
            if (button.callbackData() == null) {
                throw new AssertionError("button \"" + button.text() + "\" has no callback_data (url: "
                        + button.url() + ")");
            }
            return callback(user, message.id, button.callbackData());
        });
    }

    /** A callback query with any data on any message id, as a stale or forged button would send. */
    public int pressData(TgUser user, int messageId, String callbackData) {
        return locked(() -> callback(user, messageId, callbackData));
    }

    /**
     * The user blocks the bot: Telegram queues a {@code my_chat_member} update (member → kicked),
     * and every send or edit to the chat answers 403 from now on.
     */
    public void block(TgUser user) {
        locked(() -> {
            chatOf(user);
            if (blocked.add(user.id())) {
                queueMemberChange(user, "member", "kicked");
            }
            return null;
        });
    }

    /** The user restarts the bot after blocking it. */
    public void unblock(TgUser user) {
        locked(() -> {
            chatOf(user);
            if (blocked.remove(user.id())) {
                queueMemberChange(user, "kicked", "member");
            }
            return null;
        });
    }

    // ---- what a test reads

    /** The bot's messages in the user's chat as they are now (edits applied, deleted ones gone), oldest first. */
    public List<Message> chat(TgUser user) {
        return locked(() -> chatOf(user).messages.values().stream().filter(m -> m.fromBot).map(Stored::snapshot)
                .toList());
    }

    /** The bot's newest message in the user's chat. */
    public Message last(TgUser user) {
        List<Message> messages = chat(user);
        if (messages.isEmpty()) {
            throw new AssertionError("the bot has sent nothing to " + user.firstName());
        }
        return messages.getLast();
    }

    /** The reply keyboard the user sees now: the last one the bot sent, unless removed since. */
    public List<List<String>> replyKeyboard(TgUser user) {
        return locked(() -> chatOf(user).replyKeyboard);
    }

    /** Every Bot API request answered so far, in the order they came in. */
    public List<Call> calls() {
        return locked(() -> calls.stream().sorted(Comparator.comparingLong(SequencedCall::sequence))
                .map(SequencedCall::call).toList());
    }

    public List<Call> calls(String method) {
        return calls().stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
    }

    /** The bot's {@code answerCallbackQuery} calls for the user's queries, in the order answered. */
    public List<Answer> callbackAnswers(TgUser user) {
        return locked(() -> queries.values().stream().filter(q -> q.userId == user.id() && q.answer != null)
                .sorted(Comparator.comparingLong(q -> q.answeredAt)).map(q -> Objects.requireNonNull(q.answer))
                .toList());
    }

    /** The answer to the callback query of this update, if the bot gave one. */
    public Optional<Answer> answerFor(int updateId) {
        return locked(() -> queries.values().stream().filter(q -> q.updateId == updateId && q.answer != null)
                .map(q -> Objects.requireNonNull(q.answer)).findFirst());
    }

    /** Updates queued and not yet confirmed by a {@code getUpdates} offset. */
    public int pendingUpdates() {
        return locked(updates::size);
    }

    /** {@code getUpdates} calls waiting now for an update (for a test to await before it types). */
    public int waitingPolls() {
        return locked(() -> waitingPolls);
    }

    /** The webhook URL set, if any. */
    public Optional<String> webhook() {
        return locked(() -> Optional.ofNullable(webhookUrl));
    }

    // ---- what a test makes go wrong

    /**
     * The next call of {@code method} answers {@code {ok:false, error_code, description,
     * parameters:{retry_after}}} with HTTP status {@code errorCode}; repeated calls queue more.
     */
    public void failNext(String method, int errorCode, String description, @Nullable Integer retryAfter) {
        locked(() -> failures.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>())
                .add(new Failure(errorCode, description, retryAfter)));
    }

    @Override
    public void close() {
        locked(() -> {
            closed = true;
            changed.signalAll();
            return null;
        });
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- HTTP

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long sequence = callSequence.incrementAndGet();
            Instant received = clock.instant();
            String method = "";
            ObjectNode params = JSON.createObjectNode();
            int status;
            ObjectNode answer;
            try {
                String path = exchange.getRequestURI().getRawPath();
                int slash = path.indexOf('/', 1);
                if (!path.startsWith("/bot") || slash < 0) {
                    throw new BotApiError(404, "Not Found");
                }
                method = canonical(path.substring(slash + 1));
                if (!path.substring(4, slash).equals(token)) {
                    throw new BotApiError(401, "Unauthorized");
                }
                Request request = read(exchange, params);
                String key = method.toLowerCase(Locale.ROOT);
                Failure failure = locked(() -> {
                    Deque<Failure> queued = failures.get(key);
                    return queued == null ? null : queued.poll();
                });
                if (failure != null) {
                    throw new BotApiError(failure.code(), failure.description(), failure.retryAfter());
                }
                JsonNode result = dispatch(method, request);
                answer = JSON.createObjectNode().put("ok", true).set("result", result);
                status = 200;
            } catch (BotApiError e) {
                answer = e.json();
                status = e.code;
            } catch (RuntimeException e) {
                answer = new BotApiError(500, "Internal Server Error: fake Bot API failed: " + e).json();
                status = 500;
            }
            byte[] body = JSON.writeValueAsBytes(answer);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            Call call = new Call(method, chatIdOf(params), params.deepCopy(), received, status);
            locked(() -> calls.add(new SequencedCall(sequence, call)));
        }
    }

    private static String canonical(String method) {
        return METHODS.stream().filter(m -> m.equalsIgnoreCase(method)).findFirst().orElse(method);
    }

    private static @Nullable Long chatIdOf(ObjectNode params) {
        String chatId = text(params, "chat_id");
        try {
            return chatId == null ? null : Long.parseLong(chatId.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Request read(HttpExchange exchange, ObjectNode params) throws IOException {
        Map<String, Upload> files = new HashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            form(query, params);
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String contentType = Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("Content-Type"), "");
        String type = contentType.toLowerCase(Locale.ROOT);
        if (body.length > 0) {
            if (type.startsWith("application/json")) {
                JsonNode json;
                try {
                    json = JSON.readTree(body);
                } catch (JacksonException e) {
                    throw new BotApiError(400, "Bad Request: can't parse JSON object");
                }
                if (json instanceof ObjectNode object) {
                    params.setAll(object);
                }
            } else if (type.startsWith("multipart/form-data")) {
                multipart(body, boundary(contentType), params, files);
            } else {
                form(new String(body, StandardCharsets.ISO_8859_1), params);
            }
        }
        for (String name : JSON_PARAMETERS) {
            JsonNode value = params.get(name);
            if (value != null && value.isString()) {
                String raw = value.stringValue();
                try {
                    params.set(name, JSON.readTree(raw));
                } catch (JacksonException e) {
                    throw new BotApiError(400, name.equals("reply_markup")
                            ? "Bad Request: can't parse reply keyboard markup JSON object"
                            : "Bad Request: can't parse " + name + " JSON object");
                }
            }
        }
        return new Request(params, files);
    }

    private static void form(String encoded, ObjectNode params) {
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
    }

    private static String boundary(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = p.substring("boundary=".length());
                return b.startsWith("\"") && b.endsWith("\"") && b.length() > 1 ? b.substring(1, b.length() - 1) : b;
            }
        }
        throw new BotApiError(400, "Bad Request: multipart boundary is missing");
    }

    private static void multipart(byte[] body, String boundary, ObjectNode params, Map<String, Upload> files) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] headersEnd = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                return;
            }
            start += 2;
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                return;
            }
            int end = next - 2;
            int split = indexOf(body, headersEnd, start);
            if (split < 0 || split > end) {
                throw new BotApiError(400, "Bad Request: can't parse multipart part");
            }
            String headers = new String(body, start, split - start, StandardCharsets.UTF_8);
            byte[] content = java.util.Arrays.copyOfRange(body, split + 4, end);
            String name = null;
            String fileName = null;
            String partType = "application/octet-stream";
            for (String header : headers.split("\r\n")) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-disposition:")) {
                    name = attribute(header, "name");
                    fileName = attribute(header, "filename");
                } else if (lower.startsWith("content-type:")) {
                    partType = header.substring("content-type:".length()).trim();
                }
            }
            if (name != null) {
                if (fileName != null) {
                    files.put(name, new Upload(fileName, partType, content));
                } else {
                    params.put(name, new String(content, StandardCharsets.UTF_8));
                }
            }
            at = next;
        }
    }

    private static @Nullable String attribute(String header, String name) {
        for (String part : header.split(";")) {
            String p = part.trim();
            if (p.startsWith(name + "=")) {
                String value = p.substring(name.length() + 1);
                return value.startsWith("\"") && value.endsWith("\"") && value.length() > 1
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    // ---- the methods

    private JsonNode dispatch(String method, Request request) {
        ObjectNode p = request.params();
        return switch (method) {
            case "getMe" -> botJson().put("can_join_groups", true).put("can_read_all_group_messages", false)
                    .put("supports_inline_queries", false).put("can_connect_to_business", false)
                    .put("has_main_web_app", false);
            case "getUpdates" -> getUpdates(p);
            case "setWebhook" -> locked(() -> {
                String url = text(p, "url");
                webhookUrl = url == null || url.isBlank() ? null : url;
                if (bool(p, "drop_pending_updates")) {
                    updates.clear();
                }
                changed.signalAll();
                return JSON.booleanNode(true);
            });
            case "deleteWebhook" -> locked(() -> {
                webhookUrl = null;
                if (bool(p, "drop_pending_updates")) {
                    updates.clear();
                }
                return JSON.booleanNode(true);
            });
            case "getWebhookInfo" -> locked(() -> JSON.createObjectNode()
                    .put("url", Objects.requireNonNullElse(webhookUrl, "")).put("has_custom_certificate", false)
                    .put("pending_update_count", updates.size()));
            case "sendMessage" -> locked(() -> sendMessage(p));
            case "sendPhoto" -> locked(() -> sendPhoto(request));
            case "editMessageText" -> locked(() -> editMessageText(p));
            case "editMessageReplyMarkup" -> locked(() -> editMessageReplyMarkup(p));
            case "editMessageCaption" -> locked(() -> editMessageCaption(p));
            case "editMessageMedia" -> locked(() -> editMessageMedia(request));
            case "answerCallbackQuery" -> locked(() -> answerCallbackQuery(p));
            case "deleteMessage" -> locked(() -> deleteMessage(p));
            case "setMyCommands" -> locked(() -> setMyCommands(p));
            case "getMyCommands" -> locked(() -> {
                JsonNode set = commands.get(commandsKey(p));
                return set == null ? JSON.createArrayNode() : set.deepCopy();
            });
            case "deleteMyCommands" -> locked(() -> {
                commands.remove(commandsKey(p));
                return JSON.booleanNode(true);
            });
            case "sendChatAction" -> locked(() -> {
                TgUser user = recipient(p);
                if (text(p, "action") == null) {
                    throw new BotApiError(400, "Bad Request: action is empty");
                }
                requireNotBlocked(user);
                return JSON.booleanNode(true);
            });
            default -> throw new BotApiError(404, "Not Found");
        };
    }

    private JsonNode getUpdates(ObjectNode p) {
        lock.lock();
        try {
            if (webhookUrl != null) {
                throw new BotApiError(409, "Conflict: can't use getUpdates method while webhook is active;"
                        + " use deleteWebhook to delete the webhook first");
            }
            long mine = ++poll;
            changed.signalAll();
            long offset = number(p, "offset", 0);
            if (offset > 0) {
                updates.removeIf(u -> u.id() < offset);
                // Telegram's ids only grow: a bot that confirmed up to an offset (a database kept from an
                // earlier run of the tests) never sees a smaller id again.
                if (offset > nextUpdateId && offset < Integer.MAX_VALUE - 1_000_000) {
                    nextUpdateId = (int) offset;
                }
            } else if (offset < 0) {
                while (updates.size() > -offset) {
                    updates.removeFirst();
                }
            }
            long asked = number(p, "limit", 100);
            int limit = asked <= 0 ? 100 : (int) Math.min(100, asked);
            long timeout = Math.max(0, number(p, "timeout", 0));
            JsonNode allowed = p.get("allowed_updates");
            if (allowed != null && allowed.isArray()) {
                Set<String> names = new HashSet<>();
                allowed.forEach(name -> names.add(name.asString()));
                allowedUpdates = names.isEmpty() ? DEFAULT_UPDATES : names;
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
            while (true) {
                if (closed) {
                    return JSON.createArrayNode();
                }
                if (poll != mine) {
                    throw new BotApiError(409, "Conflict: terminated by other getUpdates request;"
                            + " make sure that only one bot instance is running");
                }
                updates.removeIf(u -> !allowedUpdates.contains(u.type()));
                if (!updates.isEmpty()) {
                    ArrayNode result = JSON.createArrayNode();
                    updates.stream().limit(limit).forEach(u -> result.add(u.json().deepCopy()));
                    return result;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return JSON.createArrayNode();
                }
                waitingPolls++;
                try {
                    changed.awaitNanos(left);
                } finally {
                    waitingPolls--;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return JSON.createArrayNode();
        } finally {
            lock.unlock();
        }
    }

    private JsonNode sendMessage(ObjectNode p) {
        TgUser user = recipient(p);
        String raw = text(p, "text");
        if (raw == null || raw.isEmpty()) {
            throw new BotApiError(400, "Bad Request: message text is empty");
        }
        Formatted text = Formatted.parse(raw, text(p, "parse_mode"), p.get("entities"));
        if (text.text().isBlank()) {
            throw new BotApiError(400, "Bad Request: message text is empty");
        }
        if (text.text().length() > 4096) {
            throw new BotApiError(400, "Bad Request: message is too long");
        }
        Markup markup = Markup.parse(p.get("reply_markup"), false);
        requireNotBlocked(user);
        Chat chat = chatOf(user);
        Stored message = new Stored(++chat.lastMessageId, user.id(), true, now());
        message.text = text.text();
        message.entities = text.entities();
        apply(chat, message, markup);
        chat.messages.put(message.id, message);
        return messageJson(message);
    }

    private JsonNode sendPhoto(Request request) {
        ObjectNode p = request.params();
        TgUser user = recipient(p);
        Photo photo = photo(text(p, "photo"), request.files().get("photo"), request.files());
        Formatted caption = caption(p.get("caption") == null ? null : text(p, "caption"), text(p, "parse_mode"),
                p.get("caption_entities"));
        Markup markup = Markup.parse(p.get("reply_markup"), false);
        requireNotBlocked(user);
        Chat chat = chatOf(user);
        Stored message = new Stored(++chat.lastMessageId, user.id(), true, now());
        message.photo = photo;
        message.caption = caption == null ? null : caption.text();
        message.entities = caption == null ? null : caption.entities();
        apply(chat, message, markup);
        chat.messages.put(message.id, message);
        return messageJson(message);
    }

    private JsonNode editMessageText(ObjectNode p) {
        Stored message = toEdit(p);
        String raw = text(p, "text");
        if (raw == null || raw.isEmpty()) {
            throw new BotApiError(400, "Bad Request: message text is empty");
        }
        Formatted text = Formatted.parse(raw, text(p, "parse_mode"), p.get("entities"));
        if (text.text().isBlank()) {
            throw new BotApiError(400, "Bad Request: message text is empty");
        }
        if (text.text().length() > 4096) {
            throw new BotApiError(400, "Bad Request: message is too long");
        }
        Markup markup = Markup.parse(p.get("reply_markup"), true);
        if (message.photo != null) {
            throw new BotApiError(400, "Bad Request: there is no text in the message to edit");
        }
        if (text.text().equals(message.text) && Objects.equals(text.entities(), message.entities)
                && Objects.equals(markup.inline(), message.inlineKeyboard)) {
            throw new BotApiError(400, NOT_MODIFIED);
        }
        message.text = text.text();
        message.entities = text.entities();
        return edited(message, markup);
    }

    private JsonNode editMessageReplyMarkup(ObjectNode p) {
        Stored message = toEdit(p);
        Markup markup = Markup.parse(p.get("reply_markup"), true);
        if (Objects.equals(markup.inline(), message.inlineKeyboard)) {
            throw new BotApiError(400, NOT_MODIFIED);
        }
        return edited(message, markup);
    }

    private JsonNode editMessageCaption(ObjectNode p) {
        Stored message = toEdit(p);
        Formatted caption = caption(text(p, "caption"), text(p, "parse_mode"), p.get("caption_entities"));
        Markup markup = Markup.parse(p.get("reply_markup"), true);
        if (message.photo == null) {
            throw new BotApiError(400, "Bad Request: there is no caption in the message to edit");
        }
        String newCaption = caption == null ? null : caption.text();
        ArrayNode newEntities = caption == null ? null : caption.entities();
        if (Objects.equals(newCaption, message.caption) && Objects.equals(newEntities, message.entities)
                && Objects.equals(markup.inline(), message.inlineKeyboard)) {
            throw new BotApiError(400, NOT_MODIFIED);
        }
        message.caption = newCaption;
        message.entities = newEntities;
        return edited(message, markup);
    }

    private JsonNode editMessageMedia(Request request) {
        ObjectNode p = request.params();
        Stored message = toEdit(p);
        JsonNode media = p.get("media");
        if (media == null || !media.isObject()) {
            throw new BotApiError(400, "Bad Request: media is empty");
        }
        if (!"photo".equals(media.path("type").asString(""))) {
            throw new BotApiError(400, "Bad Request: the fake Bot API edits photos only, not "
                    + media.path("type").asString(""));
        }
        String reference = media.path("media").asString("");
        Upload upload = reference.startsWith("attach://")
                ? request.files().get(reference.substring("attach://".length())) : null;
        if (reference.startsWith("attach://") && upload == null) {
            throw new BotApiError(400, "Bad Request: can't find attached file \""
                    + reference.substring("attach://".length()) + "\"");
        }
        Photo photo = photo(upload == null ? reference : null, upload, request.files());
        JsonNode captionNode = media.get("caption");
        Formatted caption = caption(captionNode == null || captionNode.isNull() ? null : captionNode.asString(),
                media.path("parse_mode").isString() ? media.get("parse_mode").asString() : null,
                media.get("caption_entities"));
        Markup markup = Markup.parse(p.get("reply_markup"), true);
        if (message.photo == null) {
            throw new BotApiError(400, "Bad Request: there is no media in the message to edit");
        }
        String newCaption = caption == null ? null : caption.text();
        ArrayNode newEntities = caption == null ? null : caption.entities();
        if (photo.fileId().equals(message.photo.fileId()) && Objects.equals(newCaption, message.caption)
                && Objects.equals(newEntities, message.entities)
                && Objects.equals(markup.inline(), message.inlineKeyboard)) {
            throw new BotApiError(400, NOT_MODIFIED);
        }
        message.photo = photo;
        message.caption = newCaption;
        message.entities = newEntities;
        return edited(message, markup);
    }

    private JsonNode answerCallbackQuery(ObjectNode p) {
        String id = text(p, "callback_query_id");
        Query query = id == null ? null : queries.get(id);
        if (query == null || query.answer != null) {
            throw new BotApiError(400, QUERY_INVALID);
        }
        String text = text(p, "text");
        if (text != null && text.length() > 200) {
            throw new BotApiError(400, "Bad Request: MESSAGE_TOO_LONG");
        }
        query.answer = new Answer(id, text == null || text.isEmpty() ? null : text, bool(p, "show_alert"),
                query.updateId);
        query.answeredAt = callSequence.incrementAndGet();
        return JSON.booleanNode(true);
    }

    private JsonNode deleteMessage(ObjectNode p) {
        TgUser user = recipient(p);
        int id = messageId(p);
        if (chatOf(user).messages.remove(id) == null) {
            throw new BotApiError(400, "Bad Request: message to delete not found");
        }
        return JSON.booleanNode(true);
    }

    private JsonNode setMyCommands(ObjectNode p) {
        JsonNode list = p.get("commands");
        if (list == null || !list.isArray()) {
            throw new BotApiError(400, "Bad Request: commands must be an array");
        }
        if (list.size() > 100) {
            throw new BotApiError(400, "Bad Request: too many commands");
        }
        ArrayNode stored = JSON.createArrayNode();
        for (JsonNode command : list) {
            String name = command.path("command").asString("");
            String description = command.path("description").asString("");
            if (!name.matches("[a-z0-9_]{1,32}")) {
                throw new BotApiError(400, "Bad Request: BOT_COMMAND_INVALID");
            }
            if (description.isBlank() || description.length() > 256) {
                throw new BotApiError(400, "Bad Request: command description is empty or too long");
            }
            stored.addObject().put("command", name).put("description", description);
        }
        commands.set(commandsKey(p), stored);
        return JSON.booleanNode(true);
    }

    private static String commandsKey(ObjectNode p) {
        JsonNode scope = p.get("scope");
        return (scope == null ? "default" : scope.path("type").asString("default") + ":"
                + scope.path("chat_id").asString("")) + "/" + Objects.requireNonNullElse(text(p, "language_code"), "");
    }

    // ---- helpers of the methods

    private TgUser recipient(ObjectNode p) {
        String chatId = text(p, "chat_id");
        if (chatId == null || chatId.isBlank()) {
            throw new BotApiError(400, "Bad Request: chat_id is empty");
        }
        Long id = chatIdOf(p);
        TgUser user = id == null ? null : users.get(id);
        if (user == null) {
            throw new BotApiError(400, "Bad Request: chat not found");
        }
        return user;
    }

    private void requireNotBlocked(TgUser user) {
        if (blocked.contains(user.id())) {
            throw new BotApiError(403, BLOCKED);
        }
    }

    private static int messageId(ObjectNode p) {
        String id = text(p, "message_id");
        try {
            return Integer.parseInt(Objects.requireNonNull(id).trim());
        } catch (RuntimeException e) {
            throw new BotApiError(400, "Bad Request: message identifier is not specified");
        }
    }

    private Stored toEdit(ObjectNode p) {
        if (text(p, "inline_message_id") != null) {
            throw new BotApiError(400, "Bad Request: the fake Bot API has no inline messages");
        }
        TgUser user = recipient(p);
        int id = messageId(p);
        Stored message = chatOf(user).messages.get(id);
        if (message == null) {
            throw new BotApiError(400, "Bad Request: message to edit not found");
        }
        if (!message.fromBot) {
            throw new BotApiError(400, "Bad Request: message can't be edited");
        }
        requireNotBlocked(user);
        return message;
    }

    /** Telegram drops the inline keyboard of a message edited without one. */
    private JsonNode edited(Stored message, Markup markup) {
        message.inlineKeyboard = markup.inline();
        message.edits++;
        message.editDate = now();
        return messageJson(message);
    }

    private static void apply(Chat chat, Stored message, Markup markup) {
        message.inlineKeyboard = markup.inline();
        if (markup.reply() != null) {
            message.replyKeyboard = markup.reply();
            chat.replyKeyboard = markup.reply();
        } else if (markup.remove()) {
            chat.replyKeyboard = List.of();
        }
    }

    private static @Nullable Formatted caption(@Nullable String raw, @Nullable String parseMode,
            @Nullable JsonNode entities) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        Formatted caption = Formatted.parse(raw, parseMode, entities);
        if (caption.text().length() > 1024) {
            throw new BotApiError(400, "Bad Request: message caption is too long");
        }
        return caption.text().isBlank() ? null : caption;
    }

    private Photo photo(@Nullable String reference, @Nullable Upload upload, Map<String, Upload> files) {
        if (upload == null && reference != null && reference.startsWith("attach://")) {
            upload = files.get(reference.substring("attach://".length()));
        }
        if (upload != null) {
            if (upload.bytes().length == 0) {
                throw new BotApiError(400, "Bad Request: file must be non-empty");
            }
            int[] size = imageSize(upload.bytes());
            if (size == null) {
                throw new BotApiError(400, "Bad Request: IMAGE_PROCESS_FAILED");
            }
            double scale = Math.min(1.0, 1280.0 / Math.max(size[0], size[1]));
            Photo photo = new Photo("AgACAgIAAxkDAAI" + randomId(56), "AQAD" + randomId(12),
                    (int) Math.round(size[0] * scale), (int) Math.round(size[1] * scale), upload.bytes());
            photos.put(photo.fileId(), photo);
            return photo;
        }
        if (reference == null || reference.isBlank()) {
            throw new BotApiError(400, "Bad Request: there is no photo in the request");
        }
        Photo known = photos.get(reference);
        if (known == null) {
            throw new BotApiError(400, "Bad Request: wrong file identifier/HTTP URL specified");
        }
        return known;
    }

    /** Width and height from a PNG or JPEG header; null when it is neither. */
    private static int @Nullable [] imageSize(byte[] b) {
        if (b.length >= 24 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return new int[] {int32(b, 16), int32(b, 20)};
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8) {
            int i = 2;
            while (i + 9 < b.length) {
                if ((b[i] & 0xff) != 0xFF) {
                    return null;
                }
                int marker = b[i + 1] & 0xff;
                int length = ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
                if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                    return new int[] {((b[i + 7] & 0xff) << 8) | (b[i + 8] & 0xff),
                            ((b[i + 5] & 0xff) << 8) | (b[i + 6] & 0xff)};
                }
                i += 2 + length;
            }
        }
        return null;
    }

    private static int int32(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    private static String randomId(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return id.toString();
    }

    private int callback(TgUser user, int messageId, String data) {
        Chat chat = chatOf(user);
        Stored message = chat.messages.get(messageId);
        String id = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L, Long.MAX_VALUE));
        int updateId = queue("callback_query", update -> {
            ObjectNode query = update.putObject("callback_query");
            query.put("id", id);
            query.set("from", userJson(user));
            if (message != null) {
                query.set("message", messageJson(message));
            } else {
                query.putObject("message").put("message_id", messageId).put("date", 0).set("chat", chatJson(user));
            }
            query.put("chat_instance", Long.toString(user.id() * 31 + botId));
            query.put("data", data);
        });
        queries.put(id, new Query(user.id(), updateId));
        return updateId;
    }

    private void queueMemberChange(TgUser user, String oldStatus, String newStatus) {
        queue("my_chat_member", update -> {
            ObjectNode change = update.putObject("my_chat_member");
            change.set("chat", chatJson(user));
            change.set("from", userJson(user));
            change.put("date", now());
            change.putObject("old_chat_member").put("status", oldStatus).set("user", botJson());
            ObjectNode member = change.putObject("new_chat_member").put("status", newStatus);
            member.set("user", botJson());
            if (newStatus.equals("kicked")) {
                member.put("until_date", 0);
            }
        });
    }

    private int queue(String type, java.util.function.Consumer<ObjectNode> fill) {
        int id = nextUpdateId++;
        ObjectNode update = JSON.createObjectNode().put("update_id", id);
        fill.accept(update);
        updates.add(new Update(id, type, update));
        changed.signalAll();
        return id;
    }

    private Chat chatOf(TgUser user) {
        Chat chat = chats.get(user.id());
        if (chat == null) {
            throw new IllegalArgumentException(user + " was not made by this FakeBotApi");
        }
        return chat;
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    private ObjectNode botJson() {
        return JSON.createObjectNode().put("id", botId).put("is_bot", true).put("first_name", BOT_NAME)
                .put("username", BOT_USERNAME);
    }

    private static ObjectNode userJson(TgUser user) {
        ObjectNode json = JSON.createObjectNode().put("id", user.id()).put("is_bot", false)
                .put("first_name", user.firstName());
        if (user.lastName() != null) {
            json.put("last_name", user.lastName());
        }
        if (user.languageCode() != null) {
            json.put("language_code", user.languageCode());
        }
        return json;
    }

    private static ObjectNode chatJson(TgUser user) {
        ObjectNode json = JSON.createObjectNode().put("id", user.id()).put("first_name", user.firstName());
        if (user.lastName() != null) {
            json.put("last_name", user.lastName());
        }
        return json.put("type", "private");
    }

    private ObjectNode messageJson(Stored m) {
        TgUser user = users.get(m.chatId);
        ObjectNode json = JSON.createObjectNode().put("message_id", m.id);
        json.set("from", m.fromBot ? botJson() : userJson(Objects.requireNonNull(user)));
        json.set("chat", chatJson(Objects.requireNonNull(user)));
        json.put("date", m.date);
        if (m.editDate != null) {
            json.put("edit_date", m.editDate);
        }
        if (m.photo != null) {
            json.putArray("photo").addObject().put("file_id", m.photo.fileId())
                    .put("file_unique_id", m.photo.fileUniqueId()).put("file_size", m.photo.bytes().length)
                    .put("width", m.photo.width()).put("height", m.photo.height());
            if (m.caption != null) {
                json.put("caption", m.caption);
                if (m.entities != null && !m.entities.isEmpty()) {
                    json.set("caption_entities", m.entities.deepCopy());
                }
            }
        } else {
            json.put("text", m.text);
            if (m.entities != null && !m.entities.isEmpty()) {
                json.set("entities", m.entities.deepCopy());
            }
        }
        if (m.inlineKeyboard != null) {
            json.putObject("reply_markup").set("inline_keyboard", m.inlineKeyboard.deepCopy());
        }
        return json;
    }

    private static List<Button> buttonsOf(@Nullable ArrayNode keyboard) {
        return rowsOf(keyboard).stream().flatMap(List::stream).toList();
    }

    private static List<List<Button>> rowsOf(@Nullable ArrayNode keyboard) {
        List<List<Button>> rows = new ArrayList<>();
        if (keyboard != null) {
            for (JsonNode row : keyboard) {
                List<Button> buttons = new ArrayList<>();
                for (JsonNode b : row) {
                    buttons.add(new Button(b.path("text").asString(""), optional(b, "callback_data"),
                            optional(b, "url")));
                }
                rows.add(List.copyOf(buttons));
            }
        }
        return List.copyOf(rows);
    }

    private static @Nullable String optional(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static @Nullable String text(ObjectNode params, String name) {
        JsonNode value = params.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private static long number(ObjectNode params, String name, long otherwise) {
        String value = text(params, name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new BotApiError(400, "Bad Request: invalid " + name + " specified");
        }
    }

    private static boolean bool(ObjectNode params, String name) {
        return "true".equalsIgnoreCase(text(params, name)) || "1".equals(text(params, name));
    }

    private interface Locked<T> {
        T run();
    }

    private <T> T locked(Locked<T> action) {
        lock.lock();
        try {
            return action.run();
        } finally {
            lock.unlock();
        }
    }

    // ---- data

    /** A Telegram user of the tests; their private chat with the bot has the same id. */
    public record TgUser(long id, String firstName, @Nullable String lastName, @Nullable String languageCode) {}

    /** A bot message as the user sees it now; {@code edits} counts the edits applied. */
    public record Message(int messageId, long chatId, @Nullable String text, @Nullable String caption, boolean photo,
            byte @Nullable [] photoBytes, List<List<Button>> inlineKeyboard, List<List<String>> replyKeyboard,
            int edits, Instant date) {

        /** The text, or the caption of a photo ("" when it has neither). */
        public String shown() {
            return text != null ? text : Objects.requireNonNullElse(caption, "");
        }

        /** The inline buttons, row after row. */
        public List<Button> buttons() {
            return inlineKeyboard.stream().flatMap(List::stream).toList();
        }
    }

    /** An inline keyboard button. */
    public record Button(String text, @Nullable String callbackData, @Nullable String url) {}

    /**
     * One Bot API request as received: the method (as Telegram spells it, when known), the chat id
     * when there was a numeric one, every parameter (JSON-valued ones decoded), and the HTTP status answered.
     */
    public record Call(String method, @Nullable Long chatId, JsonNode params, Instant received, int status) {

        public @Nullable String param(String name) {
            JsonNode value = params.get(name);
            return value == null || value.isNull() ? null : value.isValueNode() ? value.asString() : value.toString();
        }
    }

    /** The bot's answer to the callback query of update {@code updateId}. */
    public record Answer(String queryId, @Nullable String text, boolean showAlert, int updateId) {}

    private record Update(int id, String type, ObjectNode json) {}

    private record Request(ObjectNode params, Map<String, Upload> files) {}

    private record Upload(String fileName, String contentType, byte[] bytes) {}

    private record Photo(String fileId, String fileUniqueId, int width, int height, byte[] bytes) {}

    private record Failure(int code, String description, @Nullable Integer retryAfter) {}

    private record SequencedCall(long sequence, Call call) {}

    private static final class Chat {
        int lastMessageId;
        final Map<Integer, Stored> messages = new LinkedHashMap<>();
        List<List<String>> replyKeyboard = List.of();
    }

    private static final class Query {
        final long userId;
        final int updateId;
        @Nullable Answer answer;
        long answeredAt;

        Query(long userId, int updateId) {
            this.userId = userId;
            this.updateId = updateId;
        }
    }

    /** A message in a chat, changed in place by edits. */
    private static final class Stored {
        final int id;
        final long chatId;
        final boolean fromBot;
        final long date;
        @Nullable Long editDate;
        @Nullable String text;
        @Nullable String caption;
        @Nullable ArrayNode entities;
        @Nullable Photo photo;
        @Nullable ArrayNode inlineKeyboard;
        List<List<String>> replyKeyboard = List.of();
        int edits;

        Stored(int id, long chatId, boolean fromBot, long date) {
            this.id = id;
            this.chatId = chatId;
            this.fromBot = fromBot;
            this.date = date;
        }

        String shown() {
            return text != null ? text : Objects.requireNonNullElse(caption, "");
        }

        Message snapshot() {
            return new Message(id, chatId, text, caption, photo != null, photo == null ? null : photo.bytes().clone(),
                    rowsOf(inlineKeyboard), replyKeyboard, edits, Instant.ofEpochSecond(date));
        }
    }

    /** A reply_markup: an inline keyboard (null when none), a reply keyboard, or the removal of one. */
    private record Markup(@Nullable ArrayNode inline, @Nullable List<List<String>> reply, boolean remove) {

        static Markup parse(@Nullable JsonNode markup, boolean inlineOnly) {
            if (markup == null || markup.isNull()) {
                return new Markup(null, null, false);
            }
            if (!markup.isObject()) {
                throw new BotApiError(400, "Bad Request: can't parse reply keyboard markup JSON object");
            }
            JsonNode inline = markup.get("inline_keyboard");
            if (inline != null) {
                return new Markup(inline(inline), null, false);
            }
            if (inlineOnly) {
                throw new BotApiError(400, "Bad Request: inline keyboard expected");
            }
            JsonNode keyboard = markup.get("keyboard");
            if (keyboard != null) {
                if (!keyboard.isArray()) {
                    throw new BotApiError(400, "Bad Request: can't parse reply keyboard markup JSON object");
                }
                List<List<String>> rows = new ArrayList<>();
                for (JsonNode row : keyboard) {
                    if (!row.isArray()) {
                        throw new BotApiError(400, "Bad Request: can't parse reply keyboard markup JSON object");
                    }
                    List<String> texts = new ArrayList<>();
                    for (JsonNode button : row) {
                        String text = button.isString() ? button.asString() : button.path("text").asString("");
                        if (text.isEmpty()) {
                            throw new BotApiError(400, "Bad Request: can't parse keyboard button: Field \"text\""
                                    + " must be of type String");
                        }
                        texts.add(text);
                    }
                    rows.add(List.copyOf(texts));
                }
                return new Markup(null, List.copyOf(rows), false);
            }
            if (markup.path("remove_keyboard").asBoolean(false)) {
                return new Markup(null, null, true);
            }
            if (markup.has("force_reply")) {
                return new Markup(null, null, false);
            }
            throw new BotApiError(400, "Bad Request: can't parse reply keyboard markup JSON object");
        }

        private static @Nullable ArrayNode inline(JsonNode keyboard) {
            if (!keyboard.isArray()) {
                throw new BotApiError(400, "Bad Request: can't parse inline keyboard: Field \"inline_keyboard\""
                        + " must be of type Array");
            }
            ArrayNode rows = JSON.createArrayNode();
            for (JsonNode row : keyboard) {
                if (!row.isArray()) {
                    throw new BotApiError(400, "Bad Request: can't parse inline keyboard: Field \"inline_keyboard\""
                            + " must be an Array of Arrays");
                }
                ArrayNode buttons = rows.addArray();
                for (JsonNode button : row) {
                    if (!button.path("text").isString()) {
                        throw new BotApiError(400, "Bad Request: can't parse inline keyboard button: Field \"text\""
                                + " must be of type String");
                    }
                    ObjectNode kept = JSON.createObjectNode().put("text", button.get("text").asString());
                    boolean action = false;
                    for (Map.Entry<String, JsonNode> field : button.properties()) {
                        if (!field.getKey().equals("text") && !field.getValue().isNull()) {
                            kept.set(field.getKey(), field.getValue().deepCopy());
                            action = true;
                        }
                    }
                    if (!action) {
                        throw new BotApiError(400, "Bad Request: can't parse inline keyboard button: Text buttons"
                                + " are unallowed in the inline keyboard");
                    }
                    JsonNode data = kept.get("callback_data");
                    if (data != null && (data.asString().isEmpty()
                            || data.asString().getBytes(StandardCharsets.UTF_8).length > 64)) {
                        throw new BotApiError(400, "Bad Request: BUTTON_DATA_INVALID");
                    }
                    JsonNode url = kept.get("url");
                    if (url != null && !url.asString().matches("(?i)(https?|tg)://\\S+")) {
                        throw new BotApiError(400, "Bad Request: inline keyboard button URL '" + url.asString()
                                + "' is invalid: Wrong HTTP URL");
                    }
                    buttons.add(kept);
                }
            }
            boolean empty = true;
            for (JsonNode row : rows) {
                empty &= row.isEmpty();
            }
            return empty ? null : rows;
        }
    }

    /** A Bot API error: {@code {"ok":false,"error_code":code,"description":...}}. */
    private static final class BotApiError extends RuntimeException {
        final int code;
        final @Nullable Integer retryAfter;

        BotApiError(int code, String description) {
            this(code, description, null);
        }

        BotApiError(int code, String description, @Nullable Integer retryAfter) {
            super(description, null, false, false);
            this.code = code;
            this.retryAfter = retryAfter;
        }

        ObjectNode json() {
            ObjectNode json = JSON.createObjectNode().put("ok", false).put("error_code", code)
                    .put("description", getMessage());
            if (retryAfter != null) {
                json.putObject("parameters").put("retry_after", retryAfter);
            }
            return json;
        }
    }

    /**
     * Text as Telegram keeps it after parse_mode: the plain text and its entities (offsets in UTF-16
     * units). HTML and MarkdownV2 follow Telegram's rules closely enough to reject what it rejects
     * in everyday bot messages; legacy Markdown is only stripped of its markers.
     */
    private record Formatted(String text, @Nullable ArrayNode entities) {

        private static final String CANT_PARSE = "Bad Request: can't parse entities: ";

        static Formatted parse(String raw, @Nullable String parseMode, @Nullable JsonNode entities) {
            if (parseMode == null || parseMode.isEmpty()) {
                return new Formatted(raw, entities instanceof ArrayNode given && !given.isEmpty()
                        ? given.deepCopy() : null);
            }
            return switch (parseMode.toLowerCase(Locale.ROOT)) {
                case "html" -> html(raw);
                case "markdownv2" -> markdownV2(raw);
                case "markdown" -> markdown(raw);
                default -> throw new BotApiError(400, "Bad Request: unsupported parse_mode");
            };
        }

        private static int byteOffset(String raw, int index) {
            return raw.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
        }

        /** An entity not closed yet: its tag or marker, type, offset in the text and index in the raw input. */
        private record Open(String tag, String type, int offset, int at, @Nullable String url,
                @Nullable String language) {}

        private static Formatted html(String raw) {
            StringBuilder out = new StringBuilder();
            Deque<Open> open = new ArrayDeque<>();
            ArrayNode entities = JSON.createArrayNode();
            int i = 0;
            while (i < raw.length()) {
                char c = raw.charAt(i);
                if (c == '&') {
                    int semi = raw.indexOf(';', i);
                    String entity = semi < 0 ? "" : raw.substring(i + 1, semi);
                    String decoded = switch (entity) {
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "amp" -> "&";
                        case "quot" -> "\"";
                        default -> numericEntity(entity);
                    };
                    if (decoded != null) {
                        out.append(decoded);
                        i = semi + 1;
                    } else {
                        out.append('&');
                        i++;
                    }
                    continue;
                }
                if (c != '<') {
                    out.append(c);
                    i++;
                    continue;
                }
                int begin = i;
                int close = closingBracket(raw, i);
                if (raw.startsWith("</", i)) {
                    if (close < 0) {
                        throw new BotApiError(400, CANT_PARSE + "Unclosed end tag at byte offset "
                                + byteOffset(raw, begin));
                    }
                    String tag = raw.substring(i + 2, close).trim().toLowerCase(Locale.ROOT);
                    if (open.isEmpty()) {
                        throw new BotApiError(400, CANT_PARSE + "Unexpected end tag at byte offset "
                                + byteOffset(raw, begin));
                    }
                    Open top = open.pop();
                    if (!tag.equals(top.tag())) {
                        throw new BotApiError(400, CANT_PARSE + "Unmatched end tag at byte offset "
                                + byteOffset(raw, begin) + ", expected \"</" + top.tag() + ">\", found \"</" + tag
                                + ">\"");
                    }
                    int length = out.length() - top.offset();
                    if (length > 0) {
                        String type = top.type();
                        String language = top.language();
                        if (type.equals("code") && !open.isEmpty() && open.peek().type().equals("pre")
                                && language != null) {
                            Open pre = open.pop();
                            open.push(new Open(pre.tag(), pre.type(), pre.offset(), pre.at(), null, language));
                        } else {
                            ObjectNode entity = entities.addObject().put("offset", top.offset())
                                    .put("length", length).put("type", type);
                            if (top.url() != null) {
                                entity.put("url", top.url());
                            }
                            if (type.equals("pre") && language != null) {
                                entity.put("language", language);
                            }
                        }
                    }
                    i = close + 1;
                    continue;
                }
                int nameEnd = i + 1;
                while (nameEnd < raw.length() && !Character.isWhitespace(raw.charAt(nameEnd))
                        && raw.charAt(nameEnd) != '>') {
                    nameEnd++;
                }
                if (nameEnd >= raw.length()) {
                    throw new BotApiError(400, CANT_PARSE + "Unclosed start tag at byte offset "
                            + byteOffset(raw, begin));
                }
                String tag = raw.substring(i + 1, nameEnd).toLowerCase(Locale.ROOT);
                String type = switch (tag) {
                    case "b", "strong" -> "bold";
                    case "i", "em" -> "italic";
                    case "u", "ins" -> "underline";
                    case "s", "strike", "del" -> "strikethrough";
                    case "tg-spoiler", "span" -> "spoiler";
                    case "a" -> "text_link";
                    case "code" -> "code";
                    case "pre" -> "pre";
                    case "blockquote" -> "blockquote";
                    case "tg-emoji" -> "custom_emoji";
                    default -> throw new BotApiError(400, CANT_PARSE + "Unsupported start tag \"" + tag
                            + "\" at byte offset " + byteOffset(raw, begin));
                };
                if (close < 0) {
                    throw new BotApiError(400, CANT_PARSE + "Unclosed start tag at byte offset "
                            + byteOffset(raw, begin));
                }
                Map<String, String> attributes = attributes(raw.substring(nameEnd, close));
                if (tag.equals("span") && !"tg-spoiler".equals(attributes.get("class"))) {
                    throw new BotApiError(400, CANT_PARSE + "Tag \"span\" must have class \"tg-spoiler\" at byte"
                            + " offset " + byteOffset(raw, begin));
                }
                if (tag.equals("blockquote") && attributes.containsKey("expandable")) {
                    type = "expandable_blockquote";
                }
                String url = tag.equals("a") ? attributes.getOrDefault("href", "") : null;
                String language = tag.equals("code") && attributes.getOrDefault("class", "").startsWith("language-")
                        ? attributes.get("class").substring("language-".length()) : null;
                open.push(new Open(tag, type, out.length(), begin, url, language));
                i = close + 1;
            }
            if (!open.isEmpty()) {
                throw new BotApiError(400, CANT_PARSE + "Can't find end tag corresponding to start tag \""
                        + open.peek().tag() + "\"");
            }
            return new Formatted(out.toString(), entities.isEmpty() ? null : sorted(entities));
        }

        private static ArrayNode sorted(ArrayNode entities) {
            List<JsonNode> list = new ArrayList<>();
            entities.forEach(list::add);
            list.sort(Comparator.comparingInt((JsonNode e) -> e.get("offset").asInt())
                    .thenComparing(e -> -e.get("length").asInt()));
            ArrayNode result = JSON.createArrayNode();
            list.forEach(result::add);
            return result;
        }

        private static @Nullable String numericEntity(String entity) {
            try {
                if (entity.startsWith("#x") || entity.startsWith("#X")) {
                    return Character.toString(Integer.parseInt(entity.substring(2), 16));
                }
                if (entity.startsWith("#")) {
                    return Character.toString(Integer.parseInt(entity.substring(1)));
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
            return null;
        }

        private static int closingBracket(String raw, int from) {
            char quote = 0;
            for (int i = from + 1; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    return i;
                }
            }
            return -1;
        }

        private static Map<String, String> attributes(String raw) {
            Map<String, String> attributes = new HashMap<>();
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("([a-zA-Z-]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+)))?").matcher(raw);
            while (m.find()) {
                String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
                        : Objects.requireNonNullElse(m.group(4), "");
                attributes.put(m.group(1).toLowerCase(Locale.ROOT), html(value).text());
            }
            return attributes;
        }

        private static final String RESERVED = "_*[]()~`>#+-=|{}.!";

        private static Formatted markdownV2(String raw) {
            StringBuilder out = new StringBuilder();
            Deque<Open> open = new ArrayDeque<>();
            ArrayNode entities = JSON.createArrayNode();
            int i = 0;
            while (i < raw.length()) {
                char c = raw.charAt(i);
                boolean inCode = !open.isEmpty() && (open.peek().type().equals("code")
                        || open.peek().type().equals("pre"));
                if (c == '\\' && i + 1 < raw.length() && raw.charAt(i + 1) > 0 && raw.charAt(i + 1) < 127) {
                    out.append(raw.charAt(i + 1));
                    i += 2;
                    continue;
                }
                if (RESERVED.indexOf(c) < 0 || inCode && c != '`') {
                    out.append(c);
                    i++;
                    continue;
                }
                int begin = i;
                String marker;
                String type;
                if (raw.startsWith("```", i)) {
                    marker = "```";
                    type = "pre";
                } else if (c == '`') {
                    marker = "`";
                    type = "code";
                } else if (raw.startsWith("__", i)) {
                    marker = "__";
                    type = "underline";
                } else if (c == '_') {
                    marker = "_";
                    type = "italic";
                } else if (c == '*') {
                    marker = "*";
                    type = "bold";
                } else if (c == '~') {
                    marker = "~";
                    type = "strikethrough";
                } else if (raw.startsWith("||", i)) {
                    marker = "||";
                    type = "spoiler";
                } else if (c == '[') {
                    marker = "[";
                    type = "text_link";
                } else if (c == ']' && !open.isEmpty() && open.peek().type().equals("text_link")) {
                    Open link = open.pop();
                    if (i + 1 >= raw.length() || raw.charAt(i + 1) != '(') {
                        throw new BotApiError(400, CANT_PARSE + "Can't find end of TextUrl entity at byte offset "
                                + byteOffset(raw, link.at()));
                    }
                    int end = raw.indexOf(')', i + 2);
                    if (end < 0) {
                        throw new BotApiError(400, CANT_PARSE + "Can't find end of a URL at byte offset "
                                + byteOffset(raw, i + 2));
                    }
                    String url = raw.substring(i + 2, end).replace("\\)", ")").replace("\\\\", "\\");
                    if (out.length() > link.offset()) {
                        entities.addObject().put("offset", link.offset()).put("length", out.length() - link.offset())
                                .put("type", "text_link").put("url", url);
                    }
                    i = end + 1;
                    continue;
                } else if (c == '>' && (i == 0 || raw.charAt(i - 1) == '\n')) {
                    i++;
                    continue;
                } else {
                    throw new BotApiError(400, CANT_PARSE + "Character '" + c + "' is reserved and must be escaped"
                            + " with the preceding '\\'");
                }
                if (!open.isEmpty() && open.peek().tag().equals(marker) && !type.equals("text_link")) {
                    Open top = open.pop();
                    if (out.length() > top.offset()) {
                        ObjectNode entity = entities.addObject().put("offset", top.offset())
                                .put("length", out.length() - top.offset()).put("type", type);
                        if (top.language() != null && !top.language().isEmpty()) {
                            entity.put("language", top.language());
                        }
                    }
                    i += marker.length();
                    continue;
                }
                i += marker.length();
                String language = null;
                if (type.equals("pre")) {
                    int newline = raw.indexOf('\n', i);
                    if (newline >= 0 && raw.substring(i, newline).matches("[A-Za-z0-9+#-]*")) {
                        language = raw.substring(i, newline);
                        i = newline + 1;
                    }
                }
                open.push(new Open(marker, type, out.length(), begin, null, language));
            }
            if (!open.isEmpty()) {
                String name = switch (open.peek().type()) {
                    case "bold" -> "Bold";
                    case "italic" -> "Italic";
                    case "underline" -> "Underline";
                    case "strikethrough" -> "Strikethrough";
                    case "spoiler" -> "Spoiler";
                    case "code" -> "Code";
                    case "pre" -> "Pre";
                    default -> "TextUrl";
                };
                throw new BotApiError(400, CANT_PARSE + "Can't find end of " + name + " entity at byte offset "
                        + byteOffset(raw, open.peek().at()));
            }
            return new Formatted(out.toString(), entities.isEmpty() ? null : sorted(entities));
        }

        private static Formatted markdown(String raw) {
            String text = raw.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("```|[*_`]", "");
            return new Formatted(text, null);
        }
    }
}
