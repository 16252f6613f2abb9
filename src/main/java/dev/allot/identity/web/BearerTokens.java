package dev.allot.identity.web;

final class BearerTokens {

    private BearerTokens() {}

    /** The token of an {@code Authorization: Bearer <token>} header (the filter has checked the form). */
    static String from(String authorization) {
        return authorization.substring("Bearer ".length()).trim();
    }
}
