package dev.allot.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX through fastexcel, which writes each sheet's XML into the zip as rows are flushed: rows are
 * flushed every {@link #FLUSH_EVERY}, and text is written inline rather than into the shared
 * string table (which would grow with every distinct title), so memory stays flat however long the
 * report. The first sheet is the table; the second says what the report is about. Text cells are
 * always text in XLSX, never formulas, so they need no defusing.
 */
final class XlsxReportWriter implements ReportWriter {

    static final int FLUSH_EVERY = 1_000;
    static final String TIME_FORMAT = "yyyy-mm-dd hh:mm";
    static final String TABLE_SHEET = "Report";
    static final String ABOUT_SHEET = "About";

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Allot", "1.0");
        Worksheet table = workbook.newWorksheet(TABLE_SHEET);
        List<String> columns = report.header().columns();
        for (int c = 0; c < columns.size(); c++) {
            table.inlineString(0, c, columns.get(c));
            table.style(0, c).bold().set();
        }
        table.freezePane(0, 1);
        int[] next = {1};
        try {
            report.rows().forEach(row -> {
                int r = next[0]++;
                for (int c = 0; c < row.size(); c++) {
                    cell(table, r, c, row.get(c));
                }
                if (r % FLUSH_EVERY == 0) {
                    flush(table);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        table.finish();
        Worksheet about = workbook.newWorksheet(ABOUT_SHEET);
        about.inlineString(0, 0, report.header().title());
        about.style(0, 0).bold().set();
        List<String> lines = report.header().about();
        for (int i = 0; i < lines.size(); i++) {
            about.inlineString(i + 1, 0, lines.get(i));
        }
        about.finish();
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int r, int c, Cell cell) {
        switch (cell) {
            case Cell.Text text -> sheet.inlineString(r, c, text.value());
            case Cell.Whole whole -> sheet.value(r, c, whole.value());
            case Cell.Decimal decimal -> sheet.value(r, c, decimal.value());
            case Cell.Time time -> {
                sheet.value(r, c, time.value());
                sheet.style(r, c).format(TIME_FORMAT).set();
            }
            case Cell.Empty empty -> { }
        }
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
