/** The audit log on the web: the admin's REST API with its CSV export, and the admin page. */
@NullMarked
package dev.allot.audit.web;

import org.jspecify.annotations.NullMarked;
