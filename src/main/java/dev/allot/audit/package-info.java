/**
 * The business event log: who changed what, when, with the values before and after, kept in the
 * database and in its own log file, for admins to browse and export.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "space", "booking", "gathering", "backup"})
@NullMarked
package dev.allot.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
