package dev.allot.demo.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The size of the demo office; a benchmark scales it up (10,000 resources and a year of history
 * give about a million bookings).
 *
 * @param sites how many sites, in different time zones
 * @param rooms meeting rooms over all sites
 * @param desks desks over all sites
 * @param equipment monitors and portable projectors over all sites
 * @param people people over all sites
 * @param historyMonths months of booking history before today
 * @param futureWeeks weeks of bookings from today on
 * @param seed the same seed and sizes give the same office (relative to today)
 * @param batchSize bookings per import call, at most the import's own limit
 * @param pictures whether each room gets a generated picture
 * @param password the password every demo person shares (change it, or do not run a demo where
 *     strangers can reach it)
 */
@ConfigurationProperties("allot.demo")
record DemoProperties(
        @DefaultValue("3") int sites,
        @DefaultValue("40") int rooms,
        @DefaultValue("200") int desks,
        @DefaultValue("30") int equipment,
        @DefaultValue("300") int people,
        @DefaultValue("6") int historyMonths,
        @DefaultValue("4") int futureWeeks,
        @DefaultValue("42") long seed,
        @DefaultValue("5000") int batchSize,
        @DefaultValue("true") boolean pictures,
        @DefaultValue("allot-demo") String password) {

    DemoProperties {
        if (sites < 1 || rooms < 0 || desks < 0 || equipment < 0 || people < 1 || historyMonths < 0
                || futureWeeks < 0 || batchSize < 1) {
            throw new IllegalArgumentException("allot.demo: sites and people at least 1, batch-size at least 1, "
                    + "other sizes not negative");
        }
    }
}
