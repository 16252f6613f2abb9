#!/usr/bin/env python3
"""B7: the Telegram bot under 200 chats, through a stand-in for the Bot API served here.

  bot_load.py serve PORT SECONDS CHATS OUT.env [WARMUP]
                                                  serve the fake Bot API on 127.0.0.1:PORT; once a bot
                                                  polls it, CHATS chats each send /start, wait for the
                                                  bot's answer, and send again, for SECONDS
  bot_load.py echo PORT SECONDS CHATS OUT.env     the same with a trivial bot of this script's own
                                                  (getUpdates, then a sendMessage per update): the
                                                  fake's own round trip, B7's limit

Writes updates_per_s, answered, p50_ms and p99_ms (from an update queued to the first message the bot
sends to that chat) to OUT.env. The fake answers what Allot's bot calls (getMe, getUpdates as a long
poll, sendMessage and the edits, commands, webhooks) with the shapes the Bot API uses."""
import json, sys, threading, time, urllib.parse, urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

mode, port, seconds, nchats, out = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
warmup = float(sys.argv[6]) if len(sys.argv) > 6 else 0   # seconds of chatting before the measured ones
lock = threading.Condition()     # guards the queue; getUpdates waits on it
updates = []            # queued updates (dicts), ids increasing
next_update = [1]
message_ids = [1]
waiting = {}            # chat id -> (time its update was queued, event set when the bot answers)
latencies = []
polled = threading.Event()
stop = threading.Event()
CHAT0 = 7_000_000_000


def params(handler):
    length = int(handler.headers.get("Content-Length") or 0)
    body = handler.rfile.read(length) if length else b""
    kind = handler.headers.get("Content-Type", "")
    query = urllib.parse.urlparse(handler.path).query
    if "json" in kind and body:
        return json.loads(body)
    form = urllib.parse.parse_qs(body.decode() if "multipart" not in kind else "", keep_blank_values=True)
    form.update(urllib.parse.parse_qs(query, keep_blank_values=True))
    return {k: v[0] for k, v in form.items()}


def answered(chat_id):
    with lock:
        queued = waiting.pop(int(chat_id), None)
        if queued is not None:
            latencies.append((queued[0], (time.perf_counter() - queued[0]) * 1000))
    if queued is not None:
        queued[1].set()


def message(chat_id, text):
    with lock:
        message_ids[0] += 1
        mid = message_ids[0]
    return {"message_id": mid, "date": int(time.time()), "chat": {"id": int(chat_id), "type": "private"},
            "from": {"id": 42, "is_bot": True, "first_name": "Allot"}, "text": text or ""}


def get_updates(p):
    polled.set()
    offset, timeout = int(p.get("offset") or 0), float(p.get("timeout") or 0)
    deadline = time.monotonic() + timeout
    with lock:
        while True:
            updates[:] = [u for u in updates if u["update_id"] >= offset]
            if updates or stop.is_set():
                return updates[:100]
            left = deadline - time.monotonic()
            if left <= 0:
                return []
            lock.wait(left)


class Api(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True   # headers and body are two writes: no 40 ms wait for a delayed ACK

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.do_POST()

    def do_POST(self):
        method = urllib.parse.urlparse(self.path).path.rsplit("/", 1)[-1]
        p = params(self)
        if method == "getMe":
            result = {"id": 42, "is_bot": True, "first_name": "Allot", "username": "allot_bench_bot",
                      "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}
        elif method == "getUpdates":
            result = get_updates(p)
        elif method in ("sendMessage", "sendPhoto", "editMessageText", "editMessageReplyMarkup",
                        "editMessageCaption", "editMessageMedia"):
            result = message(p.get("chat_id", 0), p.get("text"))
            answered(p.get("chat_id", 0))
        elif method == "getMyCommands":
            result = []
        elif method == "getWebhookInfo":
            result = {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
        else:  # deleteWebhook, setMyCommands, answerCallbackQuery, deleteMessage, sendChatAction, ...
            result = True
        body = json.dumps({"ok": True, "result": result}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def chat(i, until):
    chat_id = CHAT0 + i
    while time.perf_counter() < until and not stop.is_set():
        answer = threading.Event()
        with lock:
            uid = next_update[0]
            next_update[0] += 1
            updates.append({"update_id": uid, "message": {
                "message_id": uid, "date": int(time.time()), "text": "/start",
                "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
                "from": {"id": chat_id, "is_bot": False, "first_name": "Bench", "last_name": str(i), "language_code": "en"},
                "chat": {"id": chat_id, "type": "private", "first_name": "Bench", "last_name": str(i)}}})
            waiting[chat_id] = (time.perf_counter(), answer)
            lock.notify_all()
        if not answer.wait(max(0.01, until + 10 - time.perf_counter())):
            with lock:
                waiting.pop(chat_id, None)   # no answer within 10 s of the end: not counted
            return


def echo_bot(port):
    """A bot that does nothing but answer: one kept-alive connection, a sendMessage per update."""
    import http.client
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    offset = 0

    def call(method, fields):
        connection.request("POST", "/botbench/" + method, body=urllib.parse.urlencode(fields).encode(),
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
        return json.loads(connection.getresponse().read())["result"]

    while not stop.is_set():
        for u in call("getUpdates", {"offset": offset, "timeout": 1, "limit": 100}):
            offset = max(offset, u["update_id"] + 1)
            call("sendMessage", {"chat_id": u["message"]["chat"]["id"], "text": "Hello"})


server = ThreadingHTTPServer(("127.0.0.1", port), Api)
server.daemon_threads = True
threading.Thread(target=server.serve_forever, daemon=True).start()
if mode == "echo":
    threading.Thread(target=echo_bot, args=(port,), daemon=True).start()
if not polled.wait(300):
    sys.exit("no bot polled the fake Bot API within 5 minutes")
time.sleep(1)
began = time.perf_counter() + warmup     # answers to updates queued before this are not counted
until = began + seconds
threads = [threading.Thread(target=chat, args=(i, until), daemon=True) for i in range(nchats)]
for t in threads:
    t.start()
for t in threads:
    t.join(seconds + 15)
stop.set()
with lock:
    lock.notify_all()
done = sorted(ms for queued, ms in latencies if began <= queued < until)
elapsed = seconds
pick = lambda q: done[min(len(done) - 1, int(round(q * (len(done) - 1))))] if done else float("nan")
with open(out, "w") as f:
    f.write(f"updates_per_s={len(done) / elapsed:.1f}\nanswered={len(done)}\np50_ms={pick(0.5):.1f}\n"
            f"p99_ms={pick(0.99):.1f}\nchats={nchats}\n")
print(open(out).read(), end="")
server.shutdown()
