package dev.allot.space.web;

import dev.allot.platform.ProblemException;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourcePhoto;
import dev.allot.space.Spaces;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves a resource's stored photo to anyone signed in. Pages link to the resource's
 * {@code photoUrl}, whose {@code v} changes with each upload, so browsers may keep a photo for long;
 * the ETag lets them revalidate cheaply all the same.
 */
@Controller
class ResourcePhotoController {

    private static final CacheControl LONG = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate();

    private final Spaces spaces;

    ResourcePhotoController(Spaces spaces) {
        this.spaces = spaces;
    }

    /** A matching If-None-Match is answered 304 by Spring MVC from the ETag set here. */
    @GetMapping("/resources/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        ResourcePhoto photo = spaces.photo(new ResourceId(id))
                .orElseThrow(() -> ProblemException.notFound("Photo of resource", id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .contentLength(photo.bytes().length)
                .cacheControl(LONG)
                .eTag(photo.etag())
                .header("X-Content-Type-Options", "nosniff")
                .body(photo.bytes());
    }
}
