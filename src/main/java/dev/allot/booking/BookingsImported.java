package dev.allot.booking;

import dev.allot.identity.UserId;
import java.util.List;

/**
 * Published inside the transaction of one import batch, once for the whole batch, with every
 * booking it stored (all statuses). No {@link BookingCreated} is published for imported bookings:
 * nobody is notified of them.
 */
public record BookingsImported(List<BookingView> bookings, UserId importedBy) {}
