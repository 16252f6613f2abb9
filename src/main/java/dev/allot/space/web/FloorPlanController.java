package dev.allot.space.web;

import dev.allot.identity.CurrentUser;
import dev.allot.platform.ProblemException;
import dev.allot.space.FloorId;
import dev.allot.space.FloorPlan;
import dev.allot.space.FloorPlanImage;
import dev.allot.space.Spaces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A floor's plan image over the API: the raw image in the body both ways. Anyone signed in reads
 * it; admins upload, replace and remove it (the facade checks).
 */
@RestController
@RequestMapping("/api/v1/floors/{id}/plan")
@Tag(name = "Sites and floors")
class FloorPlanController {

    private final Spaces spaces;

    FloorPlanController(Spaces spaces) {
        this.spaces = spaces;
    }

    /** The plan without its bytes; {@code url} is where pages show it (the API serves it here too). */
    record PlanResponse(long floorId, String contentType, int width, int height, long size, Instant updatedAt,
            String url) {

        static PlanResponse of(FloorPlan plan) {
            return new PlanResponse(plan.floorId().value(), plan.contentType(), plan.width(), plan.height(),
                    plan.size(), plan.updatedAt(), "/api/v1/floors/" + plan.floorId() + "/plan");
        }
    }

    @GetMapping
    @Operation(summary = "The floor's plan image (PNG or SVG), with ETag and Last-Modified")
    ResponseEntity<byte[]> plan(@PathVariable long id) {
        FloorPlanImage image = spaces.floorPlanImage(new FloorId(id))
                .orElseThrow(() -> ProblemException.notFound("Plan of floor", id));
        return PlanImages.serve(image, PlanImages.REVALIDATE);
    }

    @PutMapping(consumes = {"image/png", "image/svg+xml"})
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Upload or replace the floor's plan: the PNG or SVG itself as the body, up to 5 MB",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/svg+xml", schema = @Schema(type = "string", format = "binary"))}))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "The floor had no plan")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The plan was replaced")
    ResponseEntity<PlanResponse> upload(@PathVariable long id, HttpServletRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        FloorId floor = new FloorId(id);
        boolean existed = spaces.floorPlan(floor).isPresent();
        FloorPlan plan = spaces.saveFloorPlan(floor, body(request), me);
        PlanResponse response = PlanResponse.of(plan);
        return existed ? ResponseEntity.ok(response)
                : ResponseEntity.created(URI.create(response.url())).body(response);
    }

    @DeleteMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> remove(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        spaces.removeFloorPlan(new FloorId(id), me);
        return ResponseEntity.noContent().build();
    }

    /**
     * The body, read up to one byte over the limit: the facade refuses a larger one, and a body
     * announced as larger is not read at all.
     */
    private static byte[] body(HttpServletRequest request) {
        if (request.getContentLengthLong() > FloorPlan.MAX_BYTES) {
            return new byte[(int) FloorPlan.MAX_BYTES + 1];
        }
        try (InputStream in = request.getInputStream()) {
            return in.readNBytes((int) FloorPlan.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
