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
 * threads, seconds). Per booking, the statements of BookingResources.book's lean transaction (ADR 26),
 * as Allot runs them on SQLite: the insert (the trigger booking_no_overlap_on_insert checks the
 * overlap between two keys, ADR 25), the read-back, the audit row, and the event stored once with a
 * pending row for each of its three consumers (news, webhooks, occupancy), which follow it after the
 * commit and are not part of this limit. A refusal runs the "which booking is in the way" query of
 * the 409, bounded as Allot's is.
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
    static final String INSERT_EVENT = "insert into booking_outbox (type, body, created_at) values ('BookingCreated', ?, ?) returning id";
    static final String INSERT_PENDING = "insert into booking_outbox_pending (consumer, event_id) values (?, ?), (?, ?), (?, ?)";
    static final String[] CONSUMERS = {"news", "webhooks", "occupancy"};
    static final String IN_THE_WAY = """
            select id, resource_id, user_id, title, note, attendees, starts_at, ends_at, status, created_at,
                   updated_at, decided_by, cancelled_by, reason, checked_in_at
              from booking
             where resource_id = ? and status in ('PENDING', 'CONFIRMED') and starts_at < ? and ends_at > ?
               and starts_at > ? - coalesce((select max(s.longest) from booking_span s where s.resource_id = ?), ?)
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
        final PreparedStatement insertBooking, findBooking, insertAudit, inTheWay, insertEvent, insertPending;

        Statements(Connection c) throws SQLException {
            this.c = c;
            insertBooking = c.prepareStatement(INSERT_BOOKING);
            findBooking = c.prepareStatement(FIND_BOOKING);
            insertAudit = c.prepareStatement(INSERT_AUDIT);
            inTheWay = c.prepareStatement(IN_THE_WAY);
            insertEvent = c.prepareStatement(INSERT_EVENT);
            insertPending = c.prepareStatement(INSERT_PENDING);
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
                inTheWay.setLong(4, start);
                inTheWay.setLong(5, resource);
                inTheWay.setLong(6, start);
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
            insertEvent.setString(1, "{\"booking\":{\"id\":{\"value\":" + id + "},\"resourceId\":{\"value\":" + resource
                    + "},\"resourceName\":\"Room 00001\",\"resourceKind\":\"ROOM\",\"siteId\":{\"value\":1},"
                    + "\"timeZone\":\"Europe/Berlin\",\"bookedBy\":{\"value\":" + user + "},\"title\":\"sqlite-limit\","
                    + "\"attendees\":1,\"startsAt\":" + start + ",\"endsAt\":" + end + ",\"status\":\"CONFIRMED\"},"
                    + "\"actor\":{\"value\":" + user + "},\"occurredAt\":" + now + "}");
            insertEvent.setLong(2, now);
            long event;
            try (ResultSet rs = insertEvent.executeQuery()) {
                rs.next();
                event = rs.getLong(1);
            }
            for (int i = 0; i < CONSUMERS.length; i++) {
                insertPending.setString(2 * i + 1, CONSUMERS[i]);
                insertPending.setLong(2 * i + 2, event);
            }
            insertPending.executeUpdate();
            c.commit();
            return true;
        }

        static void drain(PreparedStatement s) throws SQLException {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
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
