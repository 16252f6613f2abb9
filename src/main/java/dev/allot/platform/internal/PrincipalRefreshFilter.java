package dev.allot.platform.internal;

import dev.allot.platform.PrincipalRefresher;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Re-reads the signed-in person of a browser session on every request (see {@link PrincipalRefresher}). */
class PrincipalRefreshFilter extends OncePerRequestFilter {

    private final PrincipalRefresher refresher;

    PrincipalRefreshFilter(PrincipalRefresher refresher) {
        this.refresher = refresher;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
            Optional<Authentication> refreshed = refresher.refresh(current);
            if (refreshed.isPresent()) {
                SecurityContextHolder.getContext().setAuthentication(refreshed.get());
            } else {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
