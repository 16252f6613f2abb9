package dev.allot.report;

import java.util.List;
import java.util.function.Consumer;

/**
 * A header and a stream of rows. The rows are produced while the export is written, a chunk at a
 * time from the database, so that no report needs memory for all of its rows.
 */
public record Report(ReportHeader header, Rows rows) {

    /** Produces the rows, in order, each with one cell per column of the header. */
    @FunctionalInterface
    public interface Rows {

        void forEach(Consumer<List<Cell>> row);

        static Rows of(List<List<Cell>> rows) {
            return rows::forEach;
        }
    }
}
