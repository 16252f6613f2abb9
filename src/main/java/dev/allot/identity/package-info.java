/**
 * People and what they may do: registration, credentials, API tokens, roles and deactivation.
 */
@NullMarked
package dev.allot.identity;

import org.jspecify.annotations.NullMarked;
