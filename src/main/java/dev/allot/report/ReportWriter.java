package dev.allot.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes any report in one format; {@link ReportFormat} picks the writer. */
interface ReportWriter {

    void write(Report report, OutputStream out) throws IOException;
}
