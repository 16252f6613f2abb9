/** How the demo office is planned, drawn and stored through the other modules' facades. */
@NullMarked
package dev.allot.demo.internal;

import org.jspecify.annotations.NullMarked;
