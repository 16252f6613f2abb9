/** The insights API and pages, and the charts (SVG and PNG drawn from one chart model). */
@NullMarked
package dev.allot.insight.web;

import org.jspecify.annotations.NullMarked;
