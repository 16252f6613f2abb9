package dev.allot.insight.web;

import dev.allot.identity.CurrentUser;
import dev.allot.insight.SlotFinder;
import dev.allot.insight.SlotSearch;
import dev.allot.insight.SlotSuggestion;
import dev.allot.space.SiteId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Insights")
class SlotFinderController {

    private final SlotFinder finder;

    SlotFinderController(SlotFinder finder) {
        this.finder = finder;
    }

    record SuggestionResponse(long resourceId, String resourceName, int capacity, @Nullable String floorName,
            OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone, int score, @Nullable Double usualShare,
            List<String> reasons) {

        static SuggestionResponse of(SlotSuggestion s) {
            return new SuggestionResponse(s.resourceId().value(), s.resourceName(), s.capacity(), s.floorName(),
                    s.startsAt().atZone(s.timeZone()).toOffsetDateTime(), s.endsAt().atZone(s.timeZone()).toOffsetDateTime(),
                    s.timeZone().getId(), s.score(), s.usualShare(), s.reasons());
        }
    }

    @GetMapping("/api/v1/slot-finder")
    @Operation(summary = "Suggest rooms and times for a meeting",
            description = "Free rooms of the site that hold the attendees and have every amenity, at starts on the "
                    + "half hour within opening hours, best first: the least waste, usually quiet times (the last 8 "
                    + "weeks), earlier days. Each suggestion says why. Book one with POST /api/v1/bookings.")
    List<SuggestionResponse> find(@RequestParam long siteId, @RequestParam int attendees,
            @Parameter(description = "ISO-8601 duration, e.g. PT1H or PT30M") @RequestParam Duration duration,
            @RequestParam(required = false) @Nullable Set<String> amenities,
            @Parameter(description = "First local day (the site's zone)")
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last local day, included; at most 31 days after from")
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "10") int limit, Locale locale, @AuthenticationPrincipal CurrentUser me) {
        return finder.find(new SlotSearch(new SiteId(siteId), attendees, duration,
                        amenities == null ? Set.of() : amenities, from, to, limit), locale, me)
                .stream().map(SuggestionResponse::of).toList();
    }
}
