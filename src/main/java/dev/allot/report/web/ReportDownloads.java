package dev.allot.report.web;

import dev.allot.report.Report;
import dev.allot.report.ReportFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Sends a report as a download, written straight into the response while its rows are read. */
final class ReportDownloads {

    private ReportDownloads() {}

    static void send(Report report, ReportFormat format, HttpServletResponse response) throws IOException {
        response.setContentType(format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(report.header().fileName() + "." + format.extension(), StandardCharsets.UTF_8)
                .build()
                .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        format.write(report, response.getOutputStream());
        response.flushBuffer();
    }
}
