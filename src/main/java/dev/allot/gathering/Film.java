package dev.allot.gathering;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The film an evening shows: a title, and optionally its year and a link (http or https) to read about it. */
public record Film(
        @NotBlank @Size(max = 200) String title,
        @Min(1880) @Max(2100) @Nullable Integer year,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http or https link") @Nullable
        String link) {}
