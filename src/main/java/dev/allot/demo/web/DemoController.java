package dev.allot.demo.web;

import dev.allot.demo.DemoOffice;
import dev.allot.demo.DemoSummary;
import dev.allot.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/demo")
@Tag(name = "Demo office")
class DemoController {

    private final DemoOffice demo;

    DemoController(DemoOffice demo) {
        this.demo = demo;
    }

    /** {@code memberEmail} signs in with {@code password}, like every demo person. */
    record DemoResponse(int sites, int floors, int rooms, int desks, int equipment, int people, long bookings,
            int pictures, long seconds, String memberEmail, String password) {

        static DemoResponse of(DemoSummary s) {
            return new DemoResponse(s.sites(), s.floors(), s.rooms(), s.desks(), s.equipment(), s.people(),
                    s.bookings(), s.pictures(), s.took().toSeconds(), s.memberEmail(), s.password());
        }
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create the demo office on an empty installation",
            description = "Sites, rooms, desks, equipment, people and months of bookings, sized by allot.demo.*; "
                    + "answers when done (about a minute for the default size). 409 demo-refused when there are "
                    + "sites already or a demo office was created before.")
    @ResponseStatus(HttpStatus.CREATED) // what the document says; the ResponseEntity sets it
    ResponseEntity<DemoResponse> create(@AuthenticationPrincipal CurrentUser admin) {
        return ResponseEntity.created(URI.create("/api/v1/sites")).body(DemoResponse.of(demo.create(admin)));
    }
}
