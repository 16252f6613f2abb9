/** The identity REST API: registration, tokens, the current user and user administration. */
@NullMarked
package dev.allot.identity.web;

import org.jspecify.annotations.NullMarked;
