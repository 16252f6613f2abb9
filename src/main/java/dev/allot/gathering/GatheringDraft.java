package dev.allot.gathering;

import dev.allot.space.ResourceId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a host announces, to publish an event or to change one. The place is free text, or one of
 * Allot's rooms ({@code room}), which is then booked for the event's time through the booking module.
 *
 * @param timeZone an IANA zone, the one the event's times are shown in
 * @param seats the guests it has room for, the host not counted
 */
public record GatheringDraft(
        @NotBlank @Size(max = Gatherings.MAX_TITLE) String title,
        @Size(max = Gatherings.MAX_DESCRIPTION) @Nullable String description,
        @Valid @Nullable Film film,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @NotBlank @Size(max = 64) String timeZone,
        @Size(max = Gatherings.MAX_PLACE) @Nullable String place,
        @Nullable ResourceId room,
        @NotNull Privacy privacy,
        boolean free,
        @Size(max = 200) @Nullable String priceNote,
        @Min(1) @Max(Gatherings.MAX_SEATS) int seats) {}
