package dev.allot.notification.internal.webhook;

import dev.allot.platform.ProblemException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may go (issue 14): not to this machine, the cloud's metadata service or the office's
 * own network, unless an admin's allow-list ({@code allot.webhooks.allowed-private-targets}: host names,
 * addresses or CIDR ranges) says so. A name is resolved and every address it has is checked, when the
 * webhook is registered and again before each delivery (a name may be pointed elsewhere after); the
 * sender never follows redirects. What remains is the moment between the check and the connection,
 * in which a name could change again (DNS rebinding within a delivery): the allow-list is the strict
 * way for an office that needs internal receivers.
 */
@Component
class WebhookTargets {

    static final String REFUSED = "must not point to a loopback, link-local or private network address "
            + "(an admin may allow it in allot.webhooks.allowed-private-targets)";

    private final List<String> allowed;

    WebhookTargets(WebhookProperties properties) {
        this.allowed = properties.allowedPrivateTargets().stream().map(entry -> entry.strip().toLowerCase(Locale.ROOT))
                .filter(entry -> !entry.isEmpty()).toList();
    }

    /** At registration: 400 naming {@code url} when its host does not resolve or reaches a private address. */
    void checkRegistration(String url) {
        String host = host(url);
        try {
            refusal(host).ifPresent(reason -> {
                throw refused(PRIVATE, reason);
            });
        } catch (UnknownHostException e) {
            throw refused(UNRESOLVED, "has a host name that does not resolve: " + host);
        }
    }

    /** Problem types of a refused address, so that pages can say which it was. */
    static final String PRIVATE = "webhook-target-private";
    static final String UNRESOLVED = "webhook-target-unresolved";

    private static ProblemException refused(String type, String message) {
        return new ProblemException(org.springframework.http.HttpStatus.BAD_REQUEST, type, "Invalid request",
                "url: " + message).with("errors", List.of(new ProblemException.FieldError("url", message)));
    }

    /** Before a delivery: why it may not go to {@code url} now, if it may not. */
    Optional<String> refusalNow(String url) {
        try {
            return refusal(host(url)).map(reason -> "refused: the address " + reason);
        } catch (UnknownHostException e) {
            return Optional.empty(); // the connection fails on its own, and is retried like any failure
        }
    }

    private Optional<String> refusal(String host) throws UnknownHostException {
        if (allowed.contains(host.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (isPrivate(address) && allowed.stream().noneMatch(entry -> matches(entry, address))) {
                return Optional.of(REFUSED);
            }
        }
        return Optional.empty();
    }

    private static String host(String url) {
        String host = URI.create(url).getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) // "this network", carrier-grade NAT
                    || (first == 198 && (second == 18 || second == 19)); // benchmarking networks
        }
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            boolean mapped = true; // ::ffff:a.b.c.d carries an IPv4 address
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
                try {
                    return isPrivate(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code address} is the allow-list {@code entry}: an address, or a range such as 10.0.0.0/8. */
    static boolean matches(String entry, InetAddress address) {
        try {
            String[] parts = entry.split("/", 2);
            if (!parts[0].matches("[0-9a-f:.]+")) {
                return false; // a host name: matched by name before resolving
            }
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            byte[] candidate = address.getAddress();
            if (network.length != candidate.length) {
                return false;
            }
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            for (int i = 0; i < network.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
                if ((network[i] & mask) != (candidate[i] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }
}
