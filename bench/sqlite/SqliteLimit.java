import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * B5's limit: the raw JDBC rate of the booking transaction Allot runs on SQLite, in one JVM, with
 * Allot's connection settings (WAL, synchronous=FULL, busy timeout, foreign keys, every transaction
 * BEGIN IMMEDIATE). Single-file source launch, with the sqlite-jdbc jar Allot itself ships:
 *
 * <pre>
 *   java -cp sqlite-jdbc.jar bench/sqlite/SqliteLimit.java limit SOURCE.db COPY.db key=value ...
 *   java -cp sqlite-jdbc.jar bench/sqlite/SqliteLimit.java check ALLOT.db IDS_FILE
 * </pre>
 *
 * limit: copies SOURCE (VACUUM INTO, safe while Allot runs) to COPY and races THREADS writers for
 * SECONDS over random resources and half-hour slots (rmin, nres, base epoch s, slots, umin, nusers,
 * threads, seconds). Per booking, the statements of BookingService.book and its listeners, as Allot
 * runs them on SQLite: the insert (the trigger booking_no_overlap_on_insert checks the overlap), the
 * read-back, the audit row, the booker's preferences, the active webhooks, the inbox message (the
 * recipient, then the row once per delivery key) and two db-scheduler tasks (reminders one day and
 * one hour before), each "if not exists" as SchedulerClient.scheduleIfNotExists does it: a select
 * by primary key, then the insert. A refusal
 * runs the "which booking is in the way" query of the 409.
 * check: active bookings overlapping an earlier one of their resource (zero exactly when no two overlap), and how many ids of IDS_FILE (201s) are not active bookings.
 * Prints key=value lines.
 */
public class SqliteLimit {

    static final String INSERT_BOOKING = """
            insert into booking (resource_id, user_id, title, note, attendees, starts_at, ends_at, status,
                                 created_at, updated_at)
            values (?, ?, 'sqlite-limit', null, 1, ?, ?, 'CONFIRMED', ?, ?)
            returning id""";
    static final String FIND_BOOKING = """
            select id, resource_id, user_id, title, note, attendees, starts_at, ends_at, status, created_at,
                   updated_at, decided_by, cancelled_by, reason, checked_in_at
              from booking where id = ?""";
    static final String INSERT_AUDIT = """
            insert into audit_event (occurred_at, actor_id, action, target_type, target_id, details)
            values (?, ?, 'booking.created', 'booking', ?, ?)""";
    static final String PREFERENCES = "select kind, channel, enabled from notification_preference where user_id = ?";
    static final String WEBHOOKS = "select id from webhook where active = ? order by id";
    static final String FIND_USER = "select * from app_user u where id = ?";
    static final String INSERT_MESSAGE = """
            insert into notification (user_id, kind, title, body, link, created_at, delivery_key)
            values (?, 'booking-created', 'Booked: Room', 'Room, 4 May 2026, 09.00-09.30 (UTC)', '/bookings', ?, ?)
            on conflict do nothing""";
    static final String TASK_EXISTS = "select * from scheduled_tasks where task_name = ? and task_instance = ?";
    static final String INSERT_TASK = """
            insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version,
                                         priority)
            values (?, ?, ?, ?, ?, ?, ?)""";
    static final String IN_THE_WAY = """
            select id, resource_id, user_id, title, note, attendees, starts_at, ends_at, status, created_at,
                   updated_at, decided_by, cancelled_by, reason, checked_in_at
              from booking
             where resource_id = ? and status in ('PENDING', 'CONFIRMED') and starts_at < ? and ends_at > ?
               and id <> 0
             order by starts_at limit 1""";

    public static void main(String[] args) throws Exception {
        if (args[0].equals("check")) {
            check(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        Map<String, Long> opt = new HashMap<>();
        for (String a : Arrays.copyOfRange(args, 3, args.length)) {
            String[] kv = a.split("=", 2);
            opt.put(kv[0], Long.parseLong(kv[1]));
        }
        Path source = Path.of(args[1]);
        Path copy = Path.of(args[2]);
        Files.deleteIfExists(copy);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source, allotSettings())) {
            c.createStatement().execute("vacuum into '" + copy.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        int threads = opt.getOrDefault("threads", 32L).intValue();
        long seconds = opt.getOrDefault("seconds", 15L);
        long warmupSeconds = opt.getOrDefault("warmup", 3L);
        run(copy, opt, threads, warmupSeconds, false);
        run(copy, opt, threads, seconds, true);
    }

    /** The properties SqliteDataSourceSetup gives Allot's pool (application.yaml defaults). */
    static Properties allotSettings() {
        Properties p = new Properties();
        p.setProperty("journal_mode", "WAL");
        p.setProperty("synchronous", "FULL");
        p.setProperty("foreign_keys", "true");
        p.setProperty("busy_timeout", "30000");
        p.setProperty("transaction_mode", "IMMEDIATE");
        return p;
    }

    static void run(Path db, Map<String, Long> opt, int threads, long seconds, boolean report) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong committed = new AtomicLong(), refused = new AtomicLong(), busy = new AtomicLong(),
                otherErrors = new AtomicLong();
        long[][] latencies = new long[threads][];
        List<Thread> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            long[] lat = new long[200_000];
            int slot = t;
            workers.add(Thread.ofPlatform().start(() -> {
                int n = 0;
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db, allotSettings())) {
                    c.setAutoCommit(false);
                    Statements s = new Statements(c);
                    while (System.nanoTime() < deadline && n < lat.length) {
                        long t0 = System.nanoTime();
                        try {
                            if (s.book(opt)) {
                                committed.incrementAndGet();
                            } else {
                                refused.incrementAndGet();
                            }
                            lat[n++] = System.nanoTime() - t0;
                        } catch (SQLException e) {
                            c.rollback();
                            if (String.valueOf(e.getMessage()).contains("SQLITE_BUSY")) {
                                busy.incrementAndGet();
                            } else {
                                otherErrors.incrementAndGet();
                                System.err.println(e);
                            }
                        }
                    }
                } catch (SQLException e) {
                    throw new RuntimeException(e);
                }
                latencies[slot] = Arrays.copyOf(lat, n);
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        if (!report) {
            return;
        }
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        long done = committed.get() + refused.get();
        System.out.printf("tps=%.1f%ntransactions=%d%ncommitted=%d%nrefused=%d%nbusy_errors=%d%nfailed=%d%n",
                done / elapsed, done, committed.get(), refused.get(), busy.get(), busy.get() + otherErrors.get());
        System.out.printf("p50_ms=%.2f%np99_ms=%.2f%nthreads=%d%n", percentile(all, 50) / 1e6,
                percentile(all, 99) / 1e6, threads);
    }

    static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN
                : sorted[(int) Math.min(sorted.length - 1, Math.round(p / 100 * (sorted.length - 1)))];
    }

    /** One connection's prepared statements, as Allot's pool keeps them per connection. */
    static final class Statements {
        final Connection c;
        final PreparedStatement insertBooking, findBooking, insertAudit, preferences, webhooks, findUser,
                insertMessage, taskExists, insertTask, inTheWay;
        static final byte[] TASK_DATA = serialized();

        Statements(Connection c) throws SQLException {
            this.c = c;
            insertBooking = c.prepareStatement(INSERT_BOOKING);
            findBooking = c.prepareStatement(FIND_BOOKING);
            insertAudit = c.prepareStatement(INSERT_AUDIT);
            preferences = c.prepareStatement(PREFERENCES);
            webhooks = c.prepareStatement(WEBHOOKS);
            findUser = c.prepareStatement(FIND_USER);
            insertMessage = c.prepareStatement(INSERT_MESSAGE);
            taskExists = c.prepareStatement(TASK_EXISTS);
            insertTask = c.prepareStatement(INSERT_TASK);
            inTheWay = c.prepareStatement(IN_THE_WAY);
        }

        /** One booking attempt; true when it committed, false when the trigger refused an overlap. */
        boolean book(Map<String, Long> opt) throws SQLException {
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            long resource = opt.get("rmin") + rnd.nextLong(opt.get("nres"));
            long user = opt.get("umin") + rnd.nextLong(opt.get("nusers"));
            long start = (opt.get("base") + rnd.nextLong(opt.get("slots")) * 1800) * 1000;
            long end = start + 1_800_000;
            long now = System.currentTimeMillis();
            long id;
            insertBooking.setLong(1, resource);
            insertBooking.setLong(2, user);
            insertBooking.setLong(3, start);
            insertBooking.setLong(4, end);
            insertBooking.setLong(5, now);
            insertBooking.setLong(6, now);
            try (ResultSet rs = insertBooking.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            } catch (SQLException e) {
                if (!String.valueOf(e.getMessage()).contains("booking_no_overlap")) {
                    throw e;
                }
                c.rollback();
                inTheWay.setLong(1, resource);
                inTheWay.setLong(2, end);
                inTheWay.setLong(3, start);
                drain(inTheWay);
                c.commit();
                return false;
            }
            findBooking.setLong(1, id);
            drain(findBooking);
            insertAudit.setLong(1, now);
            insertAudit.setLong(2, user);
            insertAudit.setString(3, Long.toString(id));
            insertAudit.setString(4, "{\"before\":null,\"after\":{\"resourceId\":" + resource + ",\"status\":\"CONFIRMED\"}}");
            insertAudit.executeUpdate();
            preferences.setLong(1, user);
            drain(preferences);
            webhooks.setBoolean(1, true);
            drain(webhooks);
            findUser.setLong(1, user);
            drain(findUser);
            insertMessage.setLong(1, user);
            insertMessage.setLong(2, now);
            insertMessage.setString(3, "booking-created-" + id + "-" + user);
            insertMessage.executeUpdate();
            task("booking-reminder", id + "-1440", start - 86_400_000);
            task("booking-reminder", id + "-60", start - 3_600_000);
            c.commit();
            return true;
        }

        void task(String name, String instance, long executionTime) throws SQLException {
            taskExists.setString(1, name);
            taskExists.setString(2, instance);
            drain(taskExists);
            insertTask.setString(1, name);
            insertTask.setString(2, instance);
            insertTask.setBytes(3, TASK_DATA);
            insertTask.setLong(4, executionTime);
            insertTask.setBoolean(5, false);
            insertTask.setLong(6, 1);
            insertTask.setInt(7, 0);
            insertTask.executeUpdate();
        }

        static void drain(PreparedStatement s) throws SQLException {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }

        /** About the size of a serialized DeliveryRequest, the tasks' data. */
        static byte[] serialized() {
            try (var bytes = new ByteArrayOutputStream(); var out = new ObjectOutputStream(bytes)) {
                out.writeObject(new String[] {"booking-created", "1234567", "42", "null", "null", "0"});
                out.flush();
                return bytes.toByteArray();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static void check(Path db, Path ids) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db, allotSettings())) {
            try (ResultSet rs = c.createStatement().executeQuery("""
                    select count(*) from (
                        select starts_at, max(ends_at) over (partition by resource_id order by starts_at, id
                                                             rows between unbounded preceding and 1 preceding) as earlier_end
                          from booking where status in ('PENDING', 'CONFIRMED'))
                     where starts_at < earlier_end""")) {
                rs.next();
                System.out.println("overlaps=" + rs.getLong(1));
            }
            long answered = 0, missing = 0;
            try (PreparedStatement p = c.prepareStatement(
                    "select count(*) from booking where id = ? and status in ('PENDING', 'CONFIRMED')")) {
                for (String line : Files.exists(ids) ? Files.readAllLines(ids) : List.<String>of()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    answered++;
                    p.setLong(1, Long.parseLong(line.trim()));
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) == 0) {
                            missing++;
                        }
                    }
                }
            }
            System.out.println("answered_201=" + answered + "\nmissing_201=" + missing);
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select count(*) from booking where title = 'B5'")) {
                rs.next();
                System.out.println("rows_B5=" + rs.getLong(1));
            }
        }
    }
}
