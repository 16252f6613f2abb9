/** How spaces are stored and searched. */
@NullMarked
package dev.allot.space.internal;

import org.jspecify.annotations.NullMarked;
