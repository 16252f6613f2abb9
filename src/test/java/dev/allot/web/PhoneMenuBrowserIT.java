package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.allot.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The phone's menu (issue 16, defect 2): at 360 px the header is the brand, a Menu button and the
 * languages, and the menu opens below it; on a desk every link shows and there is no button.
 */
class PhoneMenuBrowserIT extends BrowserTest {

    @Test
    void on_a_phone_the_menu_folds_behind_a_button_and_opens_with_it() {
        page.setViewportSize(360, 740);
        User admin = withRole("ADMIN");
        signInAs(admin.email(), PASSWORD);
        page.navigate("/find");

        Locator toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"));
        Locator bookings = page.locator("#main-menu").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("My bookings"));
        assertThat(toggle).isVisible();
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        assertThat(bookings).isHidden();
        double header = ((Number) page.evaluate("document.querySelector('.site-header').getBoundingClientRect().height")).doubleValue();
        org.assertj.core.api.Assertions.assertThat(header).as("the header's height at 360 px").isLessThan(140);

        toggle.click();
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        assertThat(bookings).isVisible();
        double linkHeight = ((Number) page.evaluate("document.querySelector('#main-menu a').getBoundingClientRect().height")).doubleValue();
        org.assertj.core.api.Assertions.assertThat(linkHeight).as("a tap target").isGreaterThanOrEqualTo(44);
        bookings.click();
        page.waitForURL(url -> url.endsWith("/bookings"));
        org.assertj.core.api.Assertions.assertThat(
                (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
    }

    @Test
    void on_a_desk_every_link_shows_and_there_is_no_button() {
        page.setViewportSize(1366, 900);
        signInAs(member().email(), PASSWORD);
        page.navigate("/find");

        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"))).isHidden();
        assertThat(page.locator("#main-menu").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("My bookings"))).isVisible();
    }
}
