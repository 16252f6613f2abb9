/**
 * Reports over bookings (per room, per person, per site) and their exports: a report is a
 * {@link dev.allot.report.ReportHeader} and a stream of rows, written by one writer per
 * format (CSV, XLSX) straight into the response. The figures of the site report come from
 * insight's read model.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "space", "booking", "insight"})
@NullMarked
package dev.allot.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
