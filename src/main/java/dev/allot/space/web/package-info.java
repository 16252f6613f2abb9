/**
 * Spaces on the web: the REST API for sites, floors (and their plans) and resources, the admin pages,
 * resource pages, photos and floor plans.
 */
@NullMarked
package dev.allot.space.web;

import org.jspecify.annotations.NullMarked;
