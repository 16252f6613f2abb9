package dev.allot.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every request must satisfy before a controller reads it, checked after the security filters
 * (so a caller without the right is told 401 or 403 first, not how their request is malformed):
 * <ul>
 * <li>a query or form parameter holding a control character is a 400 naming it ({@link ControlCharacters});</li>
 * <li>a query or form whose parameters the server cannot parse (a parameter without a name,
 * {@code ?=x}) is a 400, logged at debug level only: it is the caller's mistake, and logging a stack
 * trace for each would let anyone fill the error log;</li>
 * <li>a body larger than the limit is refused before it is read: 413 when its length is declared,
 * and reading stops at the limit when it is not. Anonymous callers (sign-in, registration, the
 * Telegram webhook) get a small limit, signed-in ones a larger one; multipart uploads (photos, floor
 * plans) keep their own limit (spring.servlet.multipart.*).</li>
 * </ul>
 */
class RequestLimitsFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLimitsFilter.class);

    private final ProblemResponses problems;
    private final long anonymousLimit;
    private final long signedInLimit;

    RequestLimitsFilter(ProblemResponses problems, DataSize anonymousLimit, DataSize signedInLimit) {
        this.problems = problems;
        this.anonymousLimit = anonymousLimit.toBytes();
        this.signedInLimit = signedInLimit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = signedIn() ? signedInLimit : anonymousLimit;
        if (!isMultipart(request) && request.getContentLengthLong() > limit) {
            refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large",
                    "The request body is larger than " + DataSize.ofBytes(limit).toKilobytes() + " KB");
            return;
        }
        if (isMultipart(request)) {
            // Uploads are parsed by Spring's multipart resolver, which answers a too-large file itself.
            chain.doFilter(request, response);
            return;
        }
        java.util.Map<String, String[]> parameters;
        try {
            // Parses the query (and a form body) now, so a malformed one fails here and not in a controller.
            parameters = request.getParameterMap();
        } catch (IllegalStateException malformed) {
            log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), malformed.getMessage());
            refuse(request, response, HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    "The query or form could not be read: every parameter needs a name and a well-formed value");
            return;
        }
        for (var parameter : parameters.entrySet()) {
            if (ControlCharacters.present(parameter.getKey())
                    || java.util.Arrays.stream(parameter.getValue()).anyMatch(ControlCharacters::present)) {
                String name = ControlCharacters.present(parameter.getKey()) ? "parameter" : parameter.getKey();
                refuse(request, response, HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                        name + ": " + ControlCharacters.MESSAGE,
                        new dev.allot.platform.ProblemException.FieldError(name, ControlCharacters.MESSAGE));
                return;
            }
        }
        boolean undeclared = request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
        chain.doFilter(undeclared ? new Limited(request, limit) : request, response);
    }

    /** The error page for a browser, else a problem detail ({@code field}, if given, named in its errors). */
    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
            String title, String detail, dev.allot.platform.ProblemException.FieldError... field) throws IOException {
        if (acceptsHtml(request)) {
            // The friendly error page (Spring Boot's /error, templates/error.html), in the person's language.
            response.sendError(status.value());
            return;
        }
        var problem = ProblemResponses.problem(status, type, title, detail);
        if (field.length > 0) {
            problem.setProperty("errors", java.util.List.of(field));
        }
        problems.write(request, response, problem);
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/") && accept != null
                && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** Raised while reading a body past the limit; the problem advice answers it 413. */
    static final class BodyTooLarge extends IOException {

        BodyTooLarge(long limit) {
            super("The request body is larger than " + DataSize.ofBytes(limit).toKilobytes() + " KB");
        }
    }

    /** A request of undeclared length whose body ends in an error once it passes the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLarge(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding()));
        }
    }
}
