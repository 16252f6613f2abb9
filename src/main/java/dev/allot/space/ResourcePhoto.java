package dev.allot.space;

import java.time.Instant;

/**
 * The picture of a resource as stored: {@code contentType} is what its bytes are (JPEG, PNG or
 * WebP, detected from the bytes themselves), {@code updatedAt} changes with every upload.
 */
public record ResourcePhoto(ResourceId resourceId, String contentType, byte[] bytes, Instant updatedAt) {

    /** Photos larger than this are refused. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** Where the photo is served; {@code v} changes with each upload, so a long cache lifetime is safe. */
    public static String url(ResourceId id, Instant updatedAt) {
        return "/resources/" + id + "/photo?v=" + updatedAt.toEpochMilli();
    }

    /** An entity tag for HTTP caches: one version of one resource's photo. */
    public String etag() {
        return "\"" + resourceId + "-" + updatedAt.toEpochMilli() + "\"";
    }
}
