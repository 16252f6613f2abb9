package dev.allot.notification.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds waiting tasks by the start of their instance id in db-scheduler's table, which the scheduler's
 * client cannot do; the primary key (task_name, task_instance) narrows it to the one task's rows.
 */
@Repository
class DueTaskRepository {

    private final JdbcClient jdbc;

    DueTaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> waiting(String task, String instancePrefix) {
        return jdbc.sql("""
                        select task_instance from scheduled_tasks
                        where task_name = :task and substr(task_instance, 1, :length) = :prefix and picked = :picked
                        """)
                .param("task", task)
                .param("length", instancePrefix.length())
                .param("prefix", instancePrefix)
                .param("picked", false)
                .query(String.class)
                .list();
    }
}
