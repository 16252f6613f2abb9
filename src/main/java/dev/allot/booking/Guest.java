package dev.allot.booking;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Someone without an account whom a member brings for the day; the member is the guest's host. */
public record Guest(@NotBlank @Size(max = 200) String name, @Email @Size(max = 254) @Nullable String email) {}
