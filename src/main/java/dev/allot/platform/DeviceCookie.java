package dev.allot.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;

/**
 * The cookie by which a browser is known at sign-in ({@link SignInDevices}): random, HttpOnly,
 * SameSite=Lax, Secure when the request came over HTTPS, kept a year.
 */
public final class DeviceCookie {

    public static final String NAME = "allot_device";

    private DeviceCookie() {}

    public static @Nullable String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, String token) {
        response.addHeader("Set-Cookie", ResponseCookie.from(NAME, token).path("/").httpOnly(true).sameSite("Lax")
                .secure(request.isSecure()).maxAge(Duration.ofDays(365)).build().toString());
    }
}
