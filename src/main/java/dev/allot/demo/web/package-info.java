/** The admin's ways to create the demo office: an API endpoint and a button on the overview page. */
@NullMarked
package dev.allot.demo.web;

import org.jspecify.annotations.NullMarked;
