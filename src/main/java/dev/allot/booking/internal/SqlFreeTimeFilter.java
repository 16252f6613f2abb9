package dev.allot.booking.internal;

import dev.allot.platform.DatabaseVendor;
import dev.allot.space.FreeTimeFilter;
import org.springframework.stereotype.Component;

/**
 * Lets resource searches keep the resources free in a period. On PostgreSQL the busy resources are
 * found once through the GiST index of booking_no_overlap (range column first) and anti-joined; on
 * SQLite each candidate is probed on booking_active_by_resource.
 */
@Component
class SqlFreeTimeFilter implements FreeTimeFilter {

    private final DatabaseVendor vendor;

    SqlFreeTimeFilter(DatabaseVendor vendor) {
        this.vendor = vendor;
    }

    @Override
    public String freeDuring(String resourceIdColumn) {
        return switch (vendor) {
            case POSTGRESQL -> """
                    %s not in (select b.resource_id from booking b
                               where b.during && int8range(:freeFrom, :freeTo)
                                 and b.status in ('PENDING', 'CONFIRMED'))""".formatted(resourceIdColumn);
            case SQLITE -> """
                    not exists (select 1 from booking b
                                where b.resource_id = %s
                                  and b.status in ('PENDING', 'CONFIRMED')
                                  and b.starts_at < :freeTo
                                  and b.ends_at > :freeFrom
                                  and %s)""".formatted(resourceIdColumn,
                    BookingSpan.startsAfterFor("b.starts_at", ":freeFrom", resourceIdColumn));
        };
    }
}
