/** The spaces REST API: sites, floors and resources. */
@NullMarked
package dev.allot.space.web;

import org.jspecify.annotations.NullMarked;
