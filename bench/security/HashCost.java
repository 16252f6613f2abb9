import java.util.concurrent.TimeUnit;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What a sign-in's password check costs with the Argon2id settings Allot hashes with (ADR 28), as a
 * ratio to bcrypt at strength 10, Spring Security's default and what Allot used before, measured in
 * the same run on the same machine: one thread, the median of many checks after a warm-up.
 *
 * Run it with bench/security/hash-cost (it finds the jars in ~/.m2).
 */
public class HashCost {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        String password = "correct horse battery staple, twice";
        PasswordEncoder bcrypt = new BCryptPasswordEncoder();
        PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        double bcryptMs = median(bcrypt, password, rounds);
        double argon2Ms = median(argon2, password, rounds);
        System.out.printf("bcrypt(10) check: median %.1f ms over %d%n", bcryptMs, rounds);
        System.out.printf("argon2id (m=16 MiB, t=2, p=1) check: median %.1f ms over %d%n", argon2Ms, rounds);
        System.out.printf("argon2id / bcrypt: %.2f%n", argon2Ms / bcryptMs);
    }

    private static double median(PasswordEncoder encoder, String password, int rounds) {
        String hash = encoder.encode(password);
        for (int i = 0; i < 5; i++) {
            encoder.matches(password, hash);
        }
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            if (!encoder.matches(password, hash)) {
                throw new IllegalStateException("the password did not match its own hash");
            }
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        return times[rounds / 2] / (double) TimeUnit.MILLISECONDS.toNanos(1);
    }
}
