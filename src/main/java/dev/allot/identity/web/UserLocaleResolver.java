package dev.allot.identity.web;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of the web UI: the one a signed-in person chose, else the one picked on this browser
 * (a cookie), else the browser's preference among English and Russian. Picking a language while
 * signed in saves it to the person's profile.
 */
@Component("localeResolver")
class UserLocaleResolver implements LocaleResolver {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));
    private static final String COOKIE = "allot-lang";

    private final Identity identity;

    UserLocaleResolver(Identity identity) {
        this.identity = identity;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        CurrentUser user = currentUser();
        if (user != null && user.locale() != null) {
            return Locale.forLanguageTag(user.locale());
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && supported(cookie.getValue()) != null) {
                    return supported(cookie.getValue());
                }
            }
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException malformedHeader) {
                // fall through to English
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        Locale chosen = locale == null ? null : supported(locale.getLanguage());
        if (chosen == null) {
            return;
        }
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        CurrentUser user = currentUser();
        // a link with ?lang= in the language already saved writes nothing (found by bench B9)
        if (user != null && !chosen.getLanguage().equals(user.locale())) {
            var updated = identity.updatePreferences(user.id(), chosen.getLanguage(), user.homeSiteId());
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null) {
                SecurityContextHolder.getContext().setAuthentication(SessionAuthenticationSupport.withPrincipal(auth,
                        new CurrentUser(user.id(), user.email(), user.displayName(), user.role(), updated.locale(),
                                updated.homeSiteId())));
            }
        }
    }

    private static @Nullable Locale supported(String language) {
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst().orElse(null);
    }

    private static @Nullable CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user ? user : null;
    }
}
