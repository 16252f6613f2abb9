/** How the gathering module keeps events, participations and follows, and its rules. */
@NullMarked
package dev.allot.gathering.internal;

import org.jspecify.annotations.NullMarked;
