/**
 * The business event log: who changed what, when, with the values before and after, kept in the
 * database and in its own log file, for admins to browse and export.
 */
@NullMarked
package dev.allot.audit;

import org.jspecify.annotations.NullMarked;
