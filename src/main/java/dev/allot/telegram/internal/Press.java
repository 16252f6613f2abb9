package dev.allot.telegram.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A button's data, {@code flow:verb:arg:arg...} (at most 64 bytes): which flow it belongs to, what it
 * does and with what. Data that does not parse is a stale or forged button: {@link Stale}.
 */
public record Press(String flow, String verb, List<String> args) {

    public static Optional<Press> parse(String data) {
        String[] parts = data.split(":", -1);
        if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Press(parts[0], parts[1], List.of(Arrays.copyOfRange(parts, 2, parts.length))));
    }

    /** The data of a button: flow, verb and args joined by colons. */
    public static String data(String flow, String verb, Object... args) {
        StringBuilder data = new StringBuilder(flow).append(':').append(verb);
        for (Object arg : args) {
            data.append(':').append(arg);
        }
        return data.toString();
    }

    public String arg(int index) {
        if (index >= args.size()) {
            throw new Stale("missing argument " + index);
        }
        return args.get(index);
    }

    public long longArg(int index) {
        try {
            return Long.parseLong(arg(index));
        } catch (NumberFormatException e) {
            throw new Stale("not a number: " + arg(index));
        }
    }

    public int intArg(int index) {
        return Math.toIntExact(longArg(index));
    }

    public LocalDate dateArg(int index) {
        try {
            return LocalDate.parse(arg(index));
        } catch (DateTimeParseException e) {
            throw new Stale("not a date: " + arg(index));
        }
    }

    /**
     * A button that no longer fits the bot (an old version's, or forged): the router says the menu was
     * out of date and shows the current one.
     */
    public static final class Stale extends RuntimeException {
        public Stale(String why) {
            super(why, null, false, false);
        }
    }
}
