/**
 * Reports over bookings (per room, per person, per site) and their exports: a report is a
 * {@link dev.allot.insight.report.ReportHeader} and a stream of rows, written by one writer per
 * format (CSV, XLSX) straight into the response.
 */
@NullMarked
package dev.allot.insight.report;

import org.jspecify.annotations.NullMarked;
