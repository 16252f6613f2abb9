package dev.allot.demo;

import dev.allot.identity.CurrentUser;

/** The demo module's API: fills an empty installation with a believable office. */
public interface DemoOffice {

    /**
     * Creates the demo office for {@code admin} (403 for others); 409 {@code demo-refused} when
     * there are sites already or a demo office was created (or is being created) before. Takes a
     * while: every booking goes through the booking import in batches.
     */
    DemoSummary create(CurrentUser admin);

    /** Whether {@link #create} would start now: no sites and no demo office yet. */
    boolean canCreate();
}
