package dev.allot.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * Where a browser sign-in comes from, for the throttle: the client's address (the proxy's, unless
 * it is a trusted proxy: server.tomcat.remoteip.internal-proxies) and the browser's device token.
 */
public record SignInClient(String address, @Nullable String deviceToken) implements Serializable {

    public static SignInClient of(HttpServletRequest request) {
        return new SignInClient(request.getRemoteAddr(), DeviceCookie.read(request));
    }
}
