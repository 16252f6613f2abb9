package dev.allot.booking;

import dev.allot.space.SiteId;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a fair-use limit and one's use of it read to a person (the {@code limits.*} messages), the same on
 * pages and in the bot: who and where it holds, what it allows, and how much is used.
 */
public final class LimitWording {

    /** A message looked up in the person's language. */
    @FunctionalInterface
    public interface Words {
        String t(String key, Object... args);
    }

    private LimitWording() {}

    /** "Members · HQ · rooms". */
    public static String scope(BookingLimit limit, Map<SiteId, String> siteNames, Words words) {
        String site = limit.siteId() == null ? words.t("limits.anySite")
                : siteNames.getOrDefault(limit.siteId(), "#" + limit.siteId().value());
        String kind = limit.kind() == null ? words.t("limits.anyKind") : words.t("limits.kind." + limit.kind());
        return words.t("limits.scope", words.t("limits.role." + limit.role()), site, kind);
    }

    /** "At most 10 hours of booking a week". */
    public static String allows(BookingLimit limit, Words words) {
        if (limit.peak() == null) {
            return words.t("limits.allows." + limit.measure(), limit.amount());
        }
        String days = limit.peak().days().stream().map(day -> words.t("weekday." + day))
                .collect(Collectors.joining(", "));
        return words.t("limits.allows." + limit.measure(), limit.amount(), days, limit.peak().start().toString(),
                limit.peak().end().toString());
    }

    /** "3 of 10 used in the week from Mon 1 Mar", the week's Monday as {@code day} writes it. */
    public static String used(LimitUse use, Words words, Function<LocalDate, String> day) {
        String used = LimitUse.amount(use.used());
        return use.weekOf() == null ? words.t("limits.use.now", used, use.limit().amount())
                : words.t("limits.use.week", used, use.limit().amount(), day.apply(use.weekOf()));
    }
}
