package dev.allot.booking.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With {@code allot.booking.outbox.await-in-requests} (the tests): a request waits until the booking
 * events stored before it have reached their consumers, and again after it, so that what one answer
 * did is in the inbox, the read model and the webhooks by the time the client reads the next one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty("allot.booking.outbox.await-in-requests")
class BookingOutboxAwaitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BookingOutboxAwaitFilter.class);
    private static final Duration MOST = Duration.ofSeconds(20);

    private final BookingOutboxRelay relay;

    BookingOutboxAwaitFilter(BookingOutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        await(request);
        try {
            chain.doFilter(request, response);
        } finally {
            await(request);
        }
    }

    private void await(HttpServletRequest request) {
        if (!relay.awaitHandled(MOST)) {
            log.warn("Booking events still waiting after {} around {}", MOST, request.getRequestURI());
        }
    }
}
