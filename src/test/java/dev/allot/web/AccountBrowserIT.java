package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.allot.testing.BrowserTest;
import org.junit.jupiter.api.Test;

class AccountBrowserIT extends BrowserTest {

    @Test
    void a_newcomer_signs_up_signs_out_and_signs_in_again() {
        String email = unique("newcomer") + "@example.test";

        page.navigate("/");
        page.getByText("Sign up").click();
        page.getByLabel("Your name").fill("Nina Newcomer");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Create my account")).click();

        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1))).containsText("Hello, Nina Newcomer");
        page.getByText("Sign out").click();
        assertThat(page.getByText("You are signed out.")).isVisible();

        signInAs(email, PASSWORD);
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1))).containsText("Nina Newcomer");
    }

    @Test
    void a_wrong_password_is_explained_on_the_sign_in_page() {
        User member = member();

        page.navigate("/login");
        page.getByLabel("Email").fill(member.email());
        page.getByLabel("Password").fill("not the password");
        page.locator("form[action$='/login'] button[type=submit]").click();

        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
                .containsText("Wrong email or password");
    }

    @Test
    void the_interface_speaks_russian_once_chosen_and_remembers_it_in_the_profile() {
        User member = member();
        signInAs(member.email(), PASSWORD);

        page.getByText("RU", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByText("Найти место").first()).isVisible();

        page.context().clearCookies();
        signInAs(member.email(), PASSWORD);
        assertThat(page.getByText("Мои бронирования").first()).isVisible();
        page.navigate("/me");
        assertThat(page.getByLabel("Язык")).hasValue("ru");
    }
}
