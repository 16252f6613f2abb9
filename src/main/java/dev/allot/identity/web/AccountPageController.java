package dev.allot.identity.web;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.platform.DeviceCookie;
import dev.allot.identity.Registration;
import dev.allot.platform.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Signing up and in, and the personal profile: name, password, language. */
@Controller
class AccountPageController {

    /** The problem type of a password that is easy to guess (identity's PasswordStrength). */
    private static final String WEAK_PASSWORD = "weak-password";

    private final Identity identity;
    private final LocaleResolver localeResolver;
    private final SessionAuthenticationSupport sessions;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    private final String companyName;
    private final String companyIssuer;

    AccountPageController(Identity identity, LocaleResolver localeResolver, SessionAuthenticationSupport sessions,
            @org.springframework.beans.factory.annotation.Value("${allot.oidc.name:company account}") String companyName,
            @org.springframework.beans.factory.annotation.Value("${allot.oidc.issuer-uri:}") String companyIssuer) {
        this.companyName = companyName;
        this.companyIssuer = companyIssuer;
        this.identity = identity;
        this.localeResolver = localeResolver;
        this.sessions = sessions;
    }

    record SignupForm(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(min = 8, max = 128) String password,
            @NotBlank @Size(max = 100) String displayName) {}

    record ProfileForm(@NotBlank @Size(max = 100) String displayName, @Nullable String locale) {}

    record PasswordForm(@NotBlank @Size(max = 128) String currentPassword,
            @NotBlank @Size(min = 8, max = 128) String newPassword) {}

    @GetMapping("/login")
    String login(Model model) {
        // company sign-in (ADR 36): its button when configured; the password form unless passwords are off
        model.addAttribute("companyName", companyName.isBlank() || companyIssuer.isBlank() ? null : companyName);
        model.addAttribute("localPasswords", identity.localPasswords());
        return "identity/login";
    }

    @GetMapping("/signup")
    String signupForm(Model model) {
        model.addAttribute("form", new SignupForm("", "", ""));
        return "identity/signup";
    }

    @PostMapping("/signup")
    String signup(@Valid @ModelAttribute("form") SignupForm form, BindingResult errors, HttpServletRequest request,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            return "identity/signup";
        }
        try {
            identity.register(new Registration(form.email(), form.password(), form.displayName()),
                    request.getRemoteAddr());
        } catch (ProblemException e) {
            if (WEAK_PASSWORD.equals(e.type())) {
                errors.rejectValue("password", "problem.weak-password", e.getMessage());
            } else if ("login-throttled".equals(e.type())) {
                errors.rejectValue("email", "signup.throttled", e.getMessage());
            } else {
                errors.rejectValue("email", "signup.email-taken", e.getMessage());
            }
            return "identity/signup";
        }
        CurrentUser user = identity.signIn(form.email(), form.password(), request.getRemoteAddr(), null);
        beginSession(user, request, response);
        DeviceCookie.write(request, response, identity.rememberDevice(user.id(), DeviceCookie.read(request)));
        Locale chosen = localeResolver.resolveLocale(request);
        localeResolver.setLocale(request, response, chosen);
        return "redirect:/";
    }

    @GetMapping("/me")
    String profile(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("profile", new ProfileForm(me.displayName(), me.locale()));
        model.addAttribute("password", new PasswordForm("", ""));
        return "identity/profile";
    }

    @PostMapping("/me")
    String saveProfile(@Valid @ModelAttribute("profile") ProfileForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser me, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("password", new PasswordForm("", ""));
            return "identity/profile";
        }
        identity.updateProfile(me.id(), form.displayName());
        if (form.locale() != null && !form.locale().isBlank()) {
            localeResolver.setLocale(request, response, Locale.forLanguageTag(form.locale()));
        }
        redirect.addFlashAttribute("notice", "profile.saved");
        return "redirect:/me";
    }

    @PostMapping("/me/password")
    String changePassword(@Valid @ModelAttribute("password") PasswordForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser me, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                // Browser sessions are not API tokens: every API token of the person is revoked. Every other
                // browser session ends; this one carries on under a new id, at the new credentials version.
                identity.changePassword(me.id(), form.currentPassword(), form.newPassword(), "");
                beginSession(me, request, response);
                redirect.addFlashAttribute("notice", "profile.password-changed");
                return "redirect:/me";
            } catch (ProblemException e) {
                if (WEAK_PASSWORD.equals(e.type())) {
                    errors.rejectValue("newPassword", "problem.weak-password", e.getMessage());
                } else {
                    errors.rejectValue("currentPassword", "profile.wrong-password", e.getMessage());
                }
            }
        }
        model.addAttribute("profile", new ProfileForm(me.displayName(), me.locale()));
        return "identity/profile";
    }

    /** Signs {@code user} in to this browser under a new session id (no fixation), stamped as of now. */
    private void beginSession(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(sessions.authenticatedNow(user));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
