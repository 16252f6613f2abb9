package dev.allot.identity.web;

import dev.allot.identity.AddPerson;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.DirectoryImport;
import dev.allot.identity.EditPerson;
import dev.allot.identity.Identity;
import dev.allot.identity.PeopleQuery;
import dev.allot.identity.PersonView;
import dev.allot.identity.Role;
import dev.allot.identity.UserId;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The employee directory: everyone reads the colleague view, admins read everything and write. The
 * facade validates and checks the role; {@code @PreAuthorize} is the first line.
 */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "Directory")
class PeopleController {

    private final Identity identity;

    PeopleController(Identity identity) {
        this.identity = identity;
    }

    /** The fields of a person an admin writes; the facade checks them (400 naming the field). */
    record PersonRequest(@Nullable String displayName, @Nullable String email, @Nullable Long homeSiteId,
            @Nullable String team, @Nullable Role role, @Nullable String password) {}

    @io.swagger.v3.oas.annotations.media.Schema(name = "PeopleImportResponse")
    record ImportResponse(int addedCount, int refusedCount, List<PersonResponse> added,
            List<DirectoryImport.RefusedRow> refused) {

        static ImportResponse of(DirectoryImport result) {
            return new ImportResponse(result.added().size(), result.refused().size(),
                    result.added().stream().map(PersonResponse::of).toList(), result.refused());
        }
    }

    @GetMapping
    @Operation(summary = "People by name: the colleague view for members, everything for admins")
    Page<?> people(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser me) {
        Page<PersonView> found = identity.people(new PeopleQuery(q, team, siteId), new PageRequest(page, size), me);
        return me.isAdmin() ? found.map(PersonResponse::of) : found.map(ColleagueResponse::of);
    }

    @GetMapping("/{id}")
    Object person(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        PersonView person = identity.person(new UserId(id), me);
        // a person sees their own entry whole, Telegram link included
        return me.isAdmin() || me.id().equals(person.id()) ? PersonResponse.of(person) : ColleagueResponse.of(person);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED) // what the document says; the ResponseEntity sets it
    ResponseEntity<PersonResponse> add(@RequestBody PersonRequest request, @AuthenticationPrincipal CurrentUser me) {
        PersonView person = identity.addPerson(new AddPerson(text(request.displayName()), request.email(),
                request.homeSiteId(), request.team(), request.role(), request.password()), me);
        return ResponseEntity.created(URI.create("/api/v1/people/" + person.id())).body(PersonResponse.of(person));
    }

    @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    PersonResponse update(@PathVariable long id, @RequestBody PersonRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return PersonResponse.of(identity.updatePerson(new UserId(id), new EditPerson(text(request.displayName()),
                request.email(), request.homeSiteId(), request.team(), request.role(), request.password()), me));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Remove a person: deactivated, their current and future bookings cancelled")
    ResponseEntity<Void> remove(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        identity.removePerson(new UserId(id), me);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/import", consumes = "text/csv")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import people from CSV (name,email,site,team); good rows are added, refused ones reported")
    ImportResponse importCsv(@RequestBody String csv, @AuthenticationPrincipal CurrentUser me) {
        return ImportResponse.of(identity.importDirectory(csv, me));
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    ImportResponse importFile(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser me)
            throws IOException {
        return ImportResponse.of(identity.importDirectory(new String(file.getBytes(), StandardCharsets.UTF_8), me));
    }

    @DeleteMapping("/{id}/telegram")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Unlink the person's Telegram account, so that the name can be claimed again")
    PersonResponse unlinkTelegram(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return PersonResponse.of(identity.unlinkTelegram(new UserId(id), me));
    }

    /** A missing name reaches the facade as blank, so that its check names the field. */
    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

}
