package dev.allot.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RFC 4180 CSV: the column names, then one line per row, CRLF, fields quoted when they hold a
 * comma, quote or line break. UTF-8 with a byte order mark, which is how Excel knows it is UTF-8.
 * A text cell that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or carriage
 * return) is written with a leading apostrophe, as OWASP advises against CSV injection.
 */
final class CsvReportWriter implements ReportWriter {

    static final char BYTE_ORDER_MARK = '\uFEFF';
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write(BYTE_ORDER_MARK);
        writer.write(line(report.header().columns().stream().<Cell>map(Cell.Text::new).toList()));
        try {
            report.rows().forEach(row -> {
                try {
                    writer.write(line(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    static String line(List<Cell> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String field(Cell cell) {
        return switch (cell) {
            case Cell.Text text -> quoted(defused(text.value()));
            case Cell.Whole whole -> Long.toString(whole.value());
            case Cell.Decimal decimal -> decimal.value().toPlainString();
            case Cell.Time time -> TIME.format(time.value());
            case Cell.Empty empty -> "";
        };
    }

    /** A leading apostrophe keeps Excel and LibreOffice from reading the text as a formula. */
    static String defused(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    static String quoted(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
