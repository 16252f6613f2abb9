package dev.allot.gathering.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who follows whom (gathering_follow): followers see a host's followers-only events. */
@Repository
class FollowRepository {

    private final JdbcClient jdbc;

    FollowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Idempotent: following twice is following once. */
    void follow(long follower, long host, long now) {
        jdbc.sql("""
                        insert into gathering_follow (follower_id, host_id, created_at) values (:follower, :host, :now)
                        on conflict (follower_id, host_id) do nothing
                        """)
                .param("follower", follower)
                .param("host", host)
                .param("now", now)
                .update();
    }

    void unfollow(long follower, long host) {
        jdbc.sql("delete from gathering_follow where follower_id = :follower and host_id = :host")
                .param("follower", follower)
                .param("host", host)
                .update();
    }

    boolean follows(long follower, long host) {
        return jdbc.sql("select count(*) from gathering_follow where follower_id = :follower and host_id = :host")
                .param("follower", follower)
                .param("host", host)
                .query(Long.class)
                .single() > 0;
    }
}
