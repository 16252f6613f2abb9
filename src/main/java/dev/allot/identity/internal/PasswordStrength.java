package dev.allot.identity.internal;

import dev.allot.platform.ProblemException;
import java.util.List;
import me.gosimple.nbvcxz.Nbvcxz;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Refuses passwords that are easy to guess (issue 14): a common or breached password, a word, a
 * name, a keyboard walk, a repeat or a date, as nbvcxz (a zxcvbn-style estimator with a built-in list
 * of common passwords, MIT licence) judges it. A password passes at its score 3 of 4, "safely
 * unguessable" against an online attack and slowed offline by Argon2id (ADR 28): "correct horse
 * battery" passes, "P@ssw0rd!" and "sunshine1" do not. No rules about digits or capitals (NIST SP
 * 800-63B). Its dictionaries (about 18 MiB) are loaded on the first password set, not at start-up.
 */
@Component
class PasswordStrength {

    static final String TYPE = "weak-password";
    private static final int ENOUGH = 3;

    private volatile Nbvcxz estimator;

    /** 400 {@code weak-password} naming {@code field} when {@code password} is easy to guess. */
    void check(String field, String password) {
        if (!strong(password)) {
            String message = "is too easy to guess (a common password, a word or a pattern); a few unrelated words are better";
            throw new ProblemException(HttpStatus.BAD_REQUEST, TYPE, "Weak password", field + ": " + message)
                    .with("errors", List.of(new ProblemException.FieldError(field, message)));
        }
    }

    boolean strong(String password) {
        return estimator().estimate(password).getBasicScore() >= ENOUGH;
    }

    private Nbvcxz estimator() {
        Nbvcxz loaded = estimator;
        if (loaded == null) {
            synchronized (this) {
                loaded = estimator;
                if (loaded == null) {
                    loaded = new Nbvcxz();
                    estimator = loaded;
                }
            }
        }
        return loaded;
    }
}
