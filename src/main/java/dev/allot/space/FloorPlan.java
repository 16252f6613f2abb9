package dev.allot.space;

import java.time.Instant;

/**
 * A floor's plan image as stored, without its bytes: {@code contentType} is what the bytes are
 * ({@code image/png} or {@code image/svg+xml}, judged from the bytes themselves), {@code width} and
 * {@code height} its intrinsic size (PNG pixels; an SVG's width and height, else its viewBox), and
 * {@code updatedAt} changes with every upload.
 */
public record FloorPlan(FloorId floorId, String contentType, int width, int height, long size, Instant updatedAt) {

    /** Plans larger than this are refused (the same limit as an upload through the page). */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** Where pages show the plan; {@code v} changes with each upload, so a long cache lifetime is safe. */
    public String url() {
        return "/floors/" + floorId + "/plan?v=" + updatedAt.toEpochMilli();
    }

    /** An entity tag for HTTP caches: one version of one floor's plan. */
    public String etag() {
        return "\"plan-" + floorId + "-" + updatedAt.toEpochMilli() + "\"";
    }
}
