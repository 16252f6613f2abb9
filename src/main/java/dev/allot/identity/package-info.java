/**
 * People and what they may do: registration, credentials, API tokens, roles and deactivation.
 */
@ApplicationModule(allowedDependencies = {"platform"})
@NullMarked
package dev.allot.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
