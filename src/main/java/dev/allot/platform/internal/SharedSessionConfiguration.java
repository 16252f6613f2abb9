package dev.allot.platform.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * With {@code allot.web.shared-sessions=true}, browser sessions live in the database (Spring Session
 * JDBC, tables of migration V12) instead of one node's memory, so a person signed in through one
 * node stays signed in on every other node behind the load balancer (ADR 0012). Expired sessions are
 * deleted every minute by each node. API tokens are in the database already and need nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("allot.web.shared-sessions")
@EnableJdbcHttpSession(tableName = "spring_session")
class SharedSessionConfiguration {
}
