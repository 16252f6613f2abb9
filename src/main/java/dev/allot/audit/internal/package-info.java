/** How business events are turned into audit records, stored, logged and read back. */
@NullMarked
package dev.allot.audit.internal;

import org.jspecify.annotations.NullMarked;
