package dev.allot.report;

import java.util.List;

/**
 * What a report is about and the names of its columns.
 *
 * @param title one line, such as "Bookings of Room 4.12"
 * @param fileName the download's name without extension, safe for a file system
 * @param about lines that describe the selection (site, zone, period, statuses, when made); the
 *     XLSX export puts them on a sheet of their own, the CSV leaves them out to stay one table
 * @param columns column names, in the order of each row's cells; time columns name their zone
 */
public record ReportHeader(String title, String fileName, List<String> about, List<String> columns) {

    public ReportHeader {
        about = List.copyOf(about);
        columns = List.copyOf(columns);
    }
}
