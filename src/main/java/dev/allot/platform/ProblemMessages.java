package dev.allot.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Explains a {@link ProblemException} to a person in their language, for pages that show errors
 * next to the form fields: broken rules as {@code rule.<name>} with their arguments, other problems
 * as {@code problem.<type>} with their plain (not list or map) properties in order; the English detail when no bundle has
 * the key. The domain raises each problem once; the API and the web only word it differently.
 */
@Component
public class ProblemMessages {

    private final MessageSource messages;

    public ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** Field name to message; problems that name no field are under {@code ""}. */
    public Map<String, String> byField(ProblemException problem, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        if (problem instanceof RulesViolatedException rules) {
            for (RuleViolation violation : rules.violations()) {
                byField.merge(violation.field(), describe(violation, locale), (a, b) -> a + " " + b);
            }
            return byField;
        }
        Object errors = problem.properties().get("errors");
        String message = describe(problem, locale);
        if (errors instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof ProblemException.FieldError first) {
            byField.put(first.field(), message);
        } else {
            byField.put("", message);
        }
        return byField;
    }

    public String describe(RuleViolation violation, Locale locale) {
        return messages.getMessage("rule." + violation.rule(), violation.arguments().toArray(), violation.message(),
                locale);
    }

    public String describe(ProblemException problem, Locale locale) {
        Object[] arguments = problem.properties().values().stream()
                .filter(value -> !(value instanceof List<?>) && !(value instanceof Map<?, ?>))
                .toArray();
        return messages.getMessage("problem." + problem.type(), arguments, problem.getMessage(), locale);
    }
}
