/** How identity is stored and checked: users, tokens, login throttling, the first admin. */
@NullMarked
package dev.allot.identity.internal;

import org.jspecify.annotations.NullMarked;
