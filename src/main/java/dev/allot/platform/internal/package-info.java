/** How the platform is wired: security, problem details, SQLite set-up, the clock. */
@NullMarked
package dev.allot.platform.internal;

import org.jspecify.annotations.NullMarked;
