package dev.allot.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A Telegram account linked to a person: Telegram's numeric user id and the name it shows. */
public record TelegramAccount(@Positive long id, @NotBlank @Size(max = 200) String name) {}
