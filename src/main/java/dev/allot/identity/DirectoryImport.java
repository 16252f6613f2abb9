package dev.allot.identity;

import java.util.List;

/**
 * What a CSV import of the directory did: the people added, and each refused row with its line
 * number in the file and why.
 */
public record DirectoryImport(List<PersonView> added, List<RefusedRow> refused) {

    /**
     * @param line the row's line in the file, counting the header as line 1
     * @param reason a stable code: {@code name-missing}, {@code name-too-long}, {@code email-invalid},
     *     {@code email-taken}, {@code email-repeated}, {@code site-unknown}, {@code site-ambiguous},
     *     {@code team-too-long}, {@code columns}
     * @param value what the row held in the refused field ("" when nothing)
     * @param detail the reason in English, for API clients
     */
    public record RefusedRow(int line, String reason, String value, String detail) {}
}
