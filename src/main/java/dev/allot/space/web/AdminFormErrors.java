package dev.allot.space.web;

import dev.allot.platform.ProblemException;
import dev.allot.platform.ProblemMessages;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Field name to message, in the reader's language, for the admin forms of this package: bean
 * validation errors of the form, and problems the domain raised. An invalid field the domain
 * reports (problem type {@code invalid-request}) is worded by {@code admin.invalid.<field>} when
 * the bundle has it; the domain's own English text is the fallback.
 */
@Component
class AdminFormErrors {

    private final MessageSource messages;
    private final ProblemMessages problems;

    AdminFormErrors(MessageSource messages, ProblemMessages problems) {
        this.messages = messages;
        this.problems = problems;
    }

    Map<String, String> of(BindingResult binding, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(error ->
                errors.putIfAbsent(error.getField(), messages.getMessage(error, locale)));
        binding.getGlobalErrors().forEach(error -> errors.putIfAbsent("", messages.getMessage(error, locale)));
        return errors;
    }

    Map<String, String> of(ProblemException problem, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.byField(problem, locale).forEach((field, message) -> errors.put(field,
                "invalid-request".equals(problem.type()) || "unknown-reference".equals(problem.type())
                        ? messages.getMessage("admin.invalid." + field, null, message, locale)
                        : message));
        return errors;
    }

    String describe(ProblemException problem, Locale locale) {
        return String.join(" ", of(problem, locale).values());
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
