package dev.allot.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person of the employee directory, as the asker may see them: admins (and the person themselves)
 * see everything; others see active colleagues only, with the email of admins alone (whom to write to) and no Telegram link.
 *
 * @param email lower-cased, or null for people without one (and for non-admins seen by members)
 * @param team free text chosen by admins, or null
 * @param telegram the linked Telegram account, or null (always null for non-admin askers)
 */
public record PersonView(UserId id, String displayName, @Nullable String email, @Nullable Long homeSiteId,
        @Nullable String team, Role role, boolean active, Instant createdAt, @Nullable TelegramAccount telegram) {}
