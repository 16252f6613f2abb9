package dev.allot.booking;

import jakarta.validation.constraints.NotNull;

/** Whether the booker will come to their desk booking. */
public record AnswerAttendance(@NotNull BookingId id, @NotNull Boolean coming) {}
