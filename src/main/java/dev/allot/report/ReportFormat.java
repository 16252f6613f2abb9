package dev.allot.report;

import dev.allot.platform.ProblemException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The export formats, each with its media type, file extension and writer. */
public enum ReportFormat {
    CSV("text/csv; charset=UTF-8", "csv", new CsvReportWriter()),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", new XlsxReportWriter());

    private final String mediaType;
    private final String extension;
    private final ReportWriter writer;

    ReportFormat(String mediaType, String extension, ReportWriter writer) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.writer = writer;
    }

    /** 400 for anything but csv or xlsx (in any case). */
    public static ReportFormat of(String name) {
        for (ReportFormat format : values()) {
            if (format.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw ProblemException.invalidField("format", "must be csv or xlsx");
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public void write(Report report, OutputStream out) throws IOException {
        writer.write(report, out);
    }
}
