package dev.allot.space.web;

import dev.allot.space.FloorPlanImage;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a plan image is served. An SVG may hold script: pages show plans only through {@code <img>},
 * where none runs, and a plan opened directly is a sandboxed document of its own that may load
 * nothing, so it cannot act in our origin; nosniff keeps browsers to the type we say.
 */
final class PlanImages {

    /** For the API's address, which stays the same across uploads: ask again, answered 304 when unchanged. */
    static final CacheControl REVALIDATE = CacheControl.noCache().cachePrivate();
    /** For the pages' address, which changes with each upload. */
    static final CacheControl LONG = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate();
    static final String POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private PlanImages() {}

    /** A matching If-None-Match or If-Modified-Since is answered 304 by Spring MVC from these headers. */
    static ResponseEntity<byte[]> serve(FloorPlanImage image, CacheControl cache) {
        String extension = image.plan().contentType().equals("image/png") ? "png" : "svg";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.plan().contentType()))
                .contentLength(image.bytes().length)
                .cacheControl(cache)
                .eTag(image.plan().etag())
                .lastModified(image.plan().updatedAt())
                .header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline; filename=\"floor-" + image.plan().floorId() + "-plan."
                        + extension + "\"")
                .body(image.bytes());
    }
}
