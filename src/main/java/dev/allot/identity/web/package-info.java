/** Identity on the web: the REST API, sign-in and sign-up pages, the profile and the people admin pages. */
@NullMarked
package dev.allot.identity.web;

import org.jspecify.annotations.NullMarked;
