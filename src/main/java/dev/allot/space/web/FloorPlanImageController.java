package dev.allot.space.web;

import dev.allot.platform.ProblemException;
import dev.allot.space.FloorId;
import dev.allot.space.FloorPlanImage;
import dev.allot.space.Spaces;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves a floor's plan to signed-in browsers (the pages' {@code <img>}; the API has its own
 * address). Pages link to {@link dev.allot.space.FloorPlan#url()}, whose {@code v} changes with
 * each upload, so browsers may keep a plan for long.
 */
@Controller
class FloorPlanImageController {

    private final Spaces spaces;

    FloorPlanImageController(Spaces spaces) {
        this.spaces = spaces;
    }

    @GetMapping("/floors/{id}/plan")
    ResponseEntity<byte[]> plan(@PathVariable long id) {
        FloorPlanImage image = spaces.floorPlanImage(new FloorId(id))
                .orElseThrow(() -> ProblemException.notFound("Plan of floor", id));
        return PlanImages.serve(image, PlanImages.LONG);
    }
}
