package dev.allot.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void plain_fields_stay_as_they_are() {
        assertThat(AuditCsv.field("booking.created")).isEqualTo("booking.created");
        assertThat(AuditCsv.field(null)).isEmpty();
    }

    @Test
    void a_field_with_a_comma_quote_or_line_break_is_quoted_with_quotes_doubled() {
        assertThat(AuditCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void a_row_ends_with_crlf_and_keeps_empty_fields() {
        assertThat(AuditCsv.row(Arrays.asList("1", null, "x,y"))).isEqualTo("1,,\"x,y\"\r\n");
    }
}
