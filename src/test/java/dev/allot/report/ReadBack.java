package dev.allot.report;

import dev.allot.testing.Csv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** Exports read back as lists of text fields, so that CSV and XLSX can be compared cell by cell. */
final class ReadBack {

    private ReadBack() {}

    /** RFC 4180 text, read back: see {@link Csv#parse}. */
    static List<List<String>> csv(String text) {
        return Csv.parse(text);
    }

    /** The first sheet, each cell as the CSV writes it (numbers plain, times "yyyy-MM-dd HH:mm"). */
    static List<List<String>> xlsx(InputStream in) {
        List<List<String>> rows = new ArrayList<>();
        xlsx(in, rows::add);
        return rows;
    }

    static void xlsx(InputStream in, Consumer<List<String>> consumer) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            rows.forEach(row -> {
                List<String> fields = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    fields.add(text(row.getCell(c)));
                }
                consumer.accept(fields);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> sheetText(InputStream in, String sheet) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            return workbook.findSheet(sheet).orElseThrow().read().stream().map(row -> row.getCellText(0)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER && cell.getDataFormatString() != null
                && cell.getDataFormatString().contains("yy")) {
            // Excel stores times as fractions of a day: round back to the minute the writer kept.
            LocalDateTime time = cell.asDate().plusSeconds(30).truncatedTo(ChronoUnit.MINUTES);
            return CsvReportWriter.TIME.format(time);
        }
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }
}
