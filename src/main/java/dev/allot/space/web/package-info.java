/** Spaces on the web: the REST API for sites, floors and resources, the admin pages, resource pages and photos. */
@NullMarked
package dev.allot.space.web;

import org.jspecify.annotations.NullMarked;
