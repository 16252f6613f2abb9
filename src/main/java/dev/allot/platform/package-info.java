/**
 * Shared technical ground for every module: errors as problem details, paging, the database
 * vendor, and the security wiring; no business rules.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package dev.allot.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
