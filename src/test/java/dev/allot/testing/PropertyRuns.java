package dev.allot.testing;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A property test on plain JUnit 5: {@code tries} samples, each drawn from its own seed, which is
 * derived from one run seed. The run seed is random unless {@code -Dallot.seed=...} (or the
 * environment variable ALLOT_SEED) gives it; {@code -Dallot.try=N} (ALLOT_TRY) then runs only try N.
 * A failing try names the run seed, the try and the sample, so the exact sequence can be replayed.
 */
public final class PropertyRuns {

    private PropertyRuns() {}

    public static <T> void forAll(int tries, Function<Gen, T> generator, Consumer<T> property) {
        String given = setting("allot.seed", "ALLOT_SEED");
        long runSeed = given != null ? Long.parseLong(given) : new SplittableRandom().nextLong();
        String onlyTry = setting("allot.try", "ALLOT_TRY");
        int first = onlyTry != null ? Integer.parseInt(onlyTry) : 1;
        int last = onlyTry != null ? first : tries;
        System.out.printf("property run seed %d (replay: -Dallot.seed=%d)%n", runSeed, runSeed);
        for (int attempt = first; attempt <= last; attempt++) {
            T sample = generator.apply(new Gen(new SplittableRandom(trySeed(runSeed, attempt))));
            try {
                property.accept(sample);
            } catch (AssertionError | RuntimeException failure) {
                String replay = "-Dallot.seed=" + runSeed + " -Dallot.try=" + attempt;
                throw new AssertionError("property failed on try " + attempt + " of " + tries + ", run seed "
                        + runSeed + " (replay with " + replay + "); sample: " + sample + "; cause: " + failure,
                        failure);
            }
        }
    }

    /** Each try's seed depends only on the run seed and the try's number, so one try replays alone. */
    static long trySeed(long runSeed, int attempt) {
        return new SplittableRandom(runSeed ^ (0x9E3779B97F4A7C15L * attempt)).nextLong();
    }

    private static String setting(String property, String environment) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}
