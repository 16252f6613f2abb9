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
 * @param deskLife how the desk days from today to the desk horizon are used
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
        @DefaultValue("allot-demo") String password,
        @DefaultValue DeskLife deskLife) {

    /**
     * The desk days from today to the desk horizon, made through the desk use cases.
     *
     * @param share the share of a site's people who come on a Monday of the coming week (fewer later
     *     in the week, and fewer have booked beyond the coming week yet)
     * @param fixedShare the share of a site's desks that are somebody's fixed desk
     * @param guestShare the share of people with a desk who bring a guest
     * @param presentShare the share of people coming who are in without a desk, by choice
     */
    record DeskLife(
            @DefaultValue("0.7") double share,
            @DefaultValue("0.05") double fixedShare,
            @DefaultValue("0.05") double guestShare,
            @DefaultValue("0.04") double presentShare) {

        static final DeskLife DEFAULT = new DeskLife(0.7, 0.05, 0.05, 0.04);

        DeskLife {
            if (share < 0 || share > 1 || fixedShare < 0 || fixedShare > 1 || guestShare < 0 || guestShare > 1
                    || presentShare < 0 || presentShare > 1) {
                throw new IllegalArgumentException("allot.demo.desk-life: shares between 0 and 1");
            }
        }
    }

    DemoProperties {
        if (sites < 1 || rooms < 0 || desks < 0 || equipment < 0 || people < 1 || historyMonths < 0
                || futureWeeks < 0 || batchSize < 1) {
            throw new IllegalArgumentException("allot.demo: sites and people at least 1, batch-size at least 1, "
                    + "other sizes not negative");
        }
    }
}
