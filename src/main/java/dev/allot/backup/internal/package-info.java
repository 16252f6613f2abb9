@NullMarked
package dev.allot.backup.internal;

import org.jspecify.annotations.NullMarked;
