package dev.allot.telegram.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/** A bean of the bot's, made only when a bot token is configured (an empty one leaves the bot off). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ConditionalOnExpression("'${allot.telegram.bot-token:}'.trim() != ''")
public @interface OnTelegram {}
