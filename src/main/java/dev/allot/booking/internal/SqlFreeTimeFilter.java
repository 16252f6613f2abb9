package dev.allot.booking.internal;

import dev.allot.space.FreeTimeFilter;
import org.springframework.stereotype.Component;

/** Lets resource searches keep the resources free in a period, on booking_active_by_resource. */
@Component
class SqlFreeTimeFilter implements FreeTimeFilter {

    @Override
    public String freeDuring(String resourceIdColumn) {
        return """
                not exists (select 1 from booking b
                            where b.resource_id = %s
                              and b.status in ('PENDING', 'CONFIRMED')
                              and b.starts_at < :freeTo
                              and b.ends_at > :freeFrom)""".formatted(resourceIdColumn);
    }
}
