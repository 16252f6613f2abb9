package dev.allot.booking.internal;

import dev.allot.booking.BookingResult;
import dev.allot.booking.BookingView;
import dev.allot.platform.ProblemException;
import dev.allot.platform.RulesViolatedException;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceView;
import dev.allot.space.Spaces;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What operators ask of bookings (issue 15), for Prometheus: {@code allot_bookings_made_total{kind}}
 * (each occurrence of a series counts; a replayed request does not) and {@code
 * allot_bookings_refused_total{kind, reason}}, the reason being the broken rule ({@code limit-exceeded},
 * {@code horizon}...) or the problem's type ({@code booking-overlap}, {@code series-conflicts},
 * {@code forbidden}...): a few dozen series at most.
 */
@Component
class BookingMeters {

    private final MeterRegistry registry;
    private final Spaces spaces;

    BookingMeters(MeterRegistry registry, Spaces spaces) {
        this.registry = registry;
        this.spaces = spaces;
    }

    /**
     * Runs a request to book {@code resource}, counting the bookings it made ({@code made}: their kinds are
     * in them, so a booking made costs no further read) or why it was refused.
     */
    <T> T counted(@Nullable ResourceId resource, Supplier<T> booking, Function<T, List<BookingView>> made) {
        T result;
        try {
            result = booking.get();
        } catch (ProblemException refused) {
            Counter.builder("allot.bookings.refused").description("Booking requests refused, by kind and reason")
                    .tag("kind", kind(resource)).tag("reason", reason(refused)).register(registry).increment();
            throw refused;
        }
        made.apply(result).stream().collect(Collectors.groupingBy(BookingView::resourceKind, Collectors.counting()))
                .forEach((kind, count) -> Counter.builder("allot.bookings.made")
                        .description("Bookings made (each occurrence of a series)").tag("kind", kind.name())
                        .register(registry).increment(count));
        return result;
    }

    /** A booking made, or a replay of one made before (not counted again). */
    static List<BookingView> made(BookingResult result) {
        return result.replayed() ? List.of() : List.of(result.booking());
    }

    private String kind(@Nullable ResourceId resource) {
        if (resource == null) {
            return "UNKNOWN";
        }
        return spaces.findResource(resource).map(ResourceView::kind).map(Enum::name).orElse("UNKNOWN");
    }

    private static String reason(ProblemException refused) {
        if (refused instanceof RulesViolatedException rules && !rules.violations().isEmpty()) {
            return rules.violations().getFirst().rule();
        }
        return refused.type();
    }
}
