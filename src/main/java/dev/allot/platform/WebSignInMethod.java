package dev.allot.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A further way to sign in to the web application, added to its security chain by the module that owns
 * it: the identity module's company sign-in (OpenID Connect, ADR 36) when it is configured. Platform
 * knows the chain; the module knows the people.
 */
public interface WebSignInMethod {

    void configure(HttpSecurity http) throws Exception;
}
