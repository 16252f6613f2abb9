package dev.allot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportWritersTest {

    private static final ReportHeader HEADER = new ReportHeader("Bookings of Room 1", "bookings-room-1",
            List.of("Site: HQ", "Times in Europe/Berlin"), List.of("Id", "Title", "Starts (Europe/Berlin)", "Rate", "Note"));

    private static final List<List<Cell>> ROWS = List.of(
            List.of(Cell.whole(1), Cell.text("Standup, daily"), new Cell.Time(LocalDateTime.of(2026, 3, 29, 1, 30)),
                    new Cell.Decimal(new BigDecimal("0.25")), Cell.EMPTY),
            List.of(Cell.whole(2), Cell.text("He said \"hi\"\r\nand left"),
                    new Cell.Time(LocalDateTime.of(2026, 3, 29, 3, 0)), new Cell.Decimal(BigDecimal.ONE),
                    Cell.text("Встреча ☕")),
            List.of(Cell.whole(-3), Cell.text("=HYPERLINK(\"http://evil\",\"x\")"),
                    new Cell.Time(LocalDateTime.of(2026, 12, 31, 23, 59, 59)), new Cell.Decimal(BigDecimal.ZERO),
                    Cell.text("@SUM(A1)")));

    @Test
    void csv_starts_with_a_byte_order_mark_and_ends_every_record_with_crlf() throws IOException {
        String csv = csv(new Report(HEADER, Report.Rows.of(ROWS)));

        assertThat(csv).startsWith("\uFEFFId,Title,Starts (Europe/Berlin),Rate,Note\r\n");
        assertThat(csv).endsWith("\r\n");
        assertThat(csv).contains("\r\n1,\"Standup, daily\",2026-03-29 01:30,0.25,\r\n");
    }

    @Test
    void csv_quotes_fields_with_quotes_and_line_breaks_and_doubles_the_quotes() throws IOException {
        String csv = csv(new Report(HEADER, Report.Rows.of(ROWS)));

        assertThat(csv).contains("\"He said \"\"hi\"\"\r\nand left\"");
        assertThat(ReadBack.csv(csv).get(2).get(1)).isEqualTo("He said \"hi\"\r\nand left");
    }

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe() {
        for (String dangerous : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(CsvReportWriter.field(Cell.text(dangerous))).as(dangerous).contains("'" + dangerous.charAt(0));
        }
        assertThat(CsvReportWriter.field(Cell.text("=HYPERLINK(\"http://evil\",\"x\")")))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
        assertThat(CsvReportWriter.field(Cell.text("Plain text 1-2"))).isEqualTo("Plain text 1-2");
        // Numbers are ours, not people's: a negative number stays a number.
        assertThat(CsvReportWriter.field(Cell.whole(-3))).isEqualTo("-3");
    }

    @Test
    void the_xlsx_holds_the_same_table_as_the_csv() throws IOException {
        Report report = new Report(HEADER, Report.Rows.of(ROWS));
        List<List<String>> fromCsv = ReadBack.csv(csv(report));

        List<List<String>> fromXlsx = ReadBack.xlsx(new ByteArrayInputStream(xlsx(report)));

        // The XLSX keeps text as it is: the apostrophe is only the CSV's defence.
        List<List<String>> expected = new ArrayList<>();
        for (List<String> row : fromCsv) {
            expected.add(row.stream().map(f -> f.startsWith("'") ? f.substring(1) : f).toList());
        }
        assertThat(pad(fromXlsx, 5)).isEqualTo(expected);
        assertThat(fromXlsx.get(2).get(4)).isEqualTo("Встреча ☕");
    }

    @Test
    void the_xlsx_says_on_a_second_sheet_what_the_report_is_about() throws IOException {
        byte[] xlsx = xlsx(new Report(HEADER, Report.Rows.of(ROWS)));

        assertThat(ReadBack.sheetText(new ByteArrayInputStream(xlsx), XlsxReportWriter.ABOUT_SHEET))
                .containsExactly("Bookings of Room 1", "Site: HQ", "Times in Europe/Berlin");
    }

    @Test
    void an_empty_report_is_its_header() throws IOException {
        Report empty = new Report(HEADER, Report.Rows.of(List.of()));

        assertThat(ReadBack.csv(csv(empty))).containsExactly(HEADER.columns());
        assertThat(ReadBack.xlsx(new ByteArrayInputStream(xlsx(empty)))).containsExactly(HEADER.columns());
    }

    @Test
    void a_report_longer_than_a_flush_is_written_whole() throws IOException {
        int rows = XlsxReportWriter.FLUSH_EVERY * 3 + 7;
        Report report = new Report(HEADER, row -> {
            for (int i = 0; i < rows; i++) {
                row.accept(List.of(Cell.whole(i), Cell.text("t" + i), new Cell.Time(LocalDateTime.of(2026, 1, 1, 0, 0)),
                        new Cell.Decimal(BigDecimal.ONE), Cell.EMPTY));
            }
        });

        List<List<String>> back = ReadBack.xlsx(new ByteArrayInputStream(xlsx(report)));

        assertThat(back).hasSize(rows + 1);
        assertThat(back.getLast().get(1)).isEqualTo("t" + (rows - 1));
    }

    private static List<List<String>> pad(List<List<String>> rows, int width) {
        return rows.stream().map(row -> {
            List<String> padded = new ArrayList<>(row);
            while (padded.size() < width) {
                padded.add("");
            }
            return (List<String>) padded;
        }).toList();
    }

    private static String csv(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormat.CSV.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormat.XLSX.write(report, out);
        return out.toByteArray();
    }
}
