/**
 * Shared technical ground for every module: errors as problem details, paging, the database
 * vendor, and the security wiring; no business rules.
 */
@NullMarked
package dev.allot.platform;

import org.jspecify.annotations.NullMarked;
