package dev.allot.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/** The random source of one property try, with the few generators the property tests need. */
public final class Gen {

    private final SplittableRandom random;

    Gen(SplittableRandom random) {
        this.random = random;
    }

    /** A uniformly chosen int from {@code min} to {@code max}, both included. */
    public int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    public <E extends Enum<E>> E of(Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }

    /** Between {@code minSize} and {@code maxSize} elements (uniformly many), each from {@code element}. */
    public <T> List<T> list(int minSize, int maxSize, Function<Gen, T> element) {
        int size = between(minSize, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.apply(this));
        }
        return list;
    }

    /** One of the choices, picked with a probability proportional to its weight. */
    @SafeVarargs
    public final <T> T frequency(Weighted<? extends T>... choices) {
        int total = 0;
        for (Weighted<? extends T> choice : choices) {
            total += choice.weight();
        }
        int roll = random.nextInt(total);
        for (Weighted<? extends T> choice : choices) {
            roll -= choice.weight();
            if (roll < 0) {
                return choice.generator().apply(this);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    public static <T> Weighted<T> weighted(int weight, Function<Gen, T> generator) {
        if (weight <= 0) {
            throw new IllegalArgumentException("weight must be positive: " + weight);
        }
        return new Weighted<>(weight, generator);
    }

    public record Weighted<T>(int weight, Function<Gen, T> generator) {}
}
