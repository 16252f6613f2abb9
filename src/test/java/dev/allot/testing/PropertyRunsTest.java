package dev.allot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PropertyRunsTest {

    @AfterEach
    void forgetSeed() {
        System.clearProperty("allot.seed");
        System.clearProperty("allot.try");
    }

    @Test
    void the_same_run_seed_draws_the_same_samples_and_one_try_replays_alone() {
        System.setProperty("allot.seed", "42");
        List<List<Integer>> first = new ArrayList<>();
        PropertyRuns.forAll(5, gen -> gen.list(1, 10, g -> g.between(0, 99)), first::add);
        List<List<Integer>> second = new ArrayList<>();
        PropertyRuns.forAll(5, gen -> gen.list(1, 10, g -> g.between(0, 99)), second::add);
        System.setProperty("allot.try", "4");
        List<List<Integer>> fourth = new ArrayList<>();
        PropertyRuns.forAll(5, gen -> gen.list(1, 10, g -> g.between(0, 99)), fourth::add);

        assertThat(first).hasSize(5).isEqualTo(second);
        assertThat(fourth).containsExactly(first.get(3));
    }

    @Test
    void a_failing_try_names_the_run_seed_the_try_and_the_sample() {
        System.setProperty("allot.seed", "7");

        assertThatThrownBy(() -> PropertyRuns.forAll(10, gen -> gen.between(0, 9), value -> assertThat(value).isLessThan(5)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("run seed 7")
                .hasMessageContaining("-Dallot.seed=7 -Dallot.try=")
                .hasMessageContaining("sample: ");
    }

    @Test
    void frequency_follows_the_weights_and_between_covers_both_ends() {
        Gen gen = new Gen(new SplittableRandom(1));
        int threes = 0;
        boolean sawMin = false;
        boolean sawMax = false;
        for (int i = 0; i < 10_000; i++) {
            if (gen.frequency(Gen.weighted(3, g -> "three"), Gen.weighted(1, g -> "one")).equals("three")) {
                threes++;
            }
            int value = gen.between(-2, 12);
            assertThat(value).isBetween(-2, 12);
            sawMin |= value == -2;
            sawMax |= value == 12;
        }
        assertThat(threes).isBetween(7_200, 7_800);
        assertThat(sawMin && sawMax).isTrue();
    }
}
