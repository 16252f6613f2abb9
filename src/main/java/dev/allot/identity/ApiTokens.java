package dev.allot.identity;

import java.util.List;

/**
 * Long-lived API tokens for integrations (issue 15), for admins (403 otherwise): named, listed,
 * revocable, each audited. They work as sign-in tokens do (a bearer token of the person they act as)
 * until they expire, are revoked, or the person is deactivated; a password change leaves them.
 */
public interface ApiTokens {

    int MAX_NAME = 100;
    /** Two years. */
    int MAX_DAYS = 730;

    IssuedToken issue(IssueToken command, CurrentUser admin);

    /** The integration tokens that have not expired, newest first. */
    List<IntegrationToken> list(CurrentUser admin);

    /** 404 for an unknown one. */
    void revoke(long id, CurrentUser admin);
}
