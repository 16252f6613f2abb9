package dev.allot.space.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allot.platform.ProblemException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlanFormatTest {

    @Test
    void an_svg_size_comes_from_width_and_height_in_absolute_units_before_the_view_box() {
        assertThat(PlanFormat.svgSize("1000", "500px", "0 0 10 10")).isEqualTo(new PlanFormat.Checked(PlanFormat.SVG, 1000, 500));
        assertThat(PlanFormat.svgSize("10in", "5cm", null)).isEqualTo(new PlanFormat.Checked(PlanFormat.SVG, 960, 189));
    }

    @Test
    void a_relative_width_falls_back_to_the_view_box_and_one_given_side_keeps_its_proportions() {
        assertThat(PlanFormat.svgSize("100%", "100%", "0 0 1200 800")).isEqualTo(new PlanFormat.Checked(PlanFormat.SVG, 1200, 800));
        assertThat(PlanFormat.svgSize("600", null, "0,0,1200,800")).isEqualTo(new PlanFormat.Checked(PlanFormat.SVG, 600, 400));
    }

    @Test
    void an_svg_without_any_size_is_refused() {
        assertThatThrownBy(() -> PlanFormat.svgSize("50%", null, "0 0 0 10"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo("plan-unreadable"));
    }

    @Test
    void xml_that_is_not_an_svg_is_not_an_image() {
        byte[] html = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>".getBytes(StandardCharsets.UTF_8);
        byte[] svgWithoutNamespace = "<svg viewBox=\"0 0 5 5\"/>".getBytes(StandardCharsets.UTF_8);

        for (byte[] bytes : new byte[][] {html, svgWithoutNamespace}) {
            assertThatThrownBy(() -> PlanFormat.check(bytes)).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.type()).isEqualTo("plan-not-an-image"));
        }
    }

    @Test
    void a_doctype_without_entities_is_refused_too() {
        byte[] svg = ("<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 5 5\"/>").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PlanFormat.check(svg)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo("plan-unsafe"));
    }

    @Test
    void a_plain_svg_with_a_byte_order_mark_and_a_comment_first_is_accepted() {
        byte[] svg = ("\uFEFF<!-- drawn by hand -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"200\">"
                + "<text>Кухня &amp; lounge</text></svg>").getBytes(StandardCharsets.UTF_8);

        assertThat(PlanFormat.check(svg)).isEqualTo(new PlanFormat.Checked(PlanFormat.SVG, 300, 200));
    }
}
