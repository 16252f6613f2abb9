package dev.allot.gathering.web;

import dev.allot.gathering.Film;
import dev.allot.gathering.GatheringDraft;
import dev.allot.gathering.GatheringId;
import dev.allot.gathering.GatheringQuery;
import dev.allot.gathering.GatheringStatus;
import dev.allot.gathering.GatheringView;
import dev.allot.gathering.Gatherings;
import dev.allot.gathering.ParticipantView;
import dev.allot.gathering.ParticipationState;
import dev.allot.gathering.MessageView;
import dev.allot.gathering.PersonRef;
import dev.allot.gathering.Privacy;
import dev.allot.gathering.Rate;
import dev.allot.gathering.RatingView;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.PeopleQuery;
import dev.allot.identity.PersonView;
import dev.allot.identity.Role;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.platform.ProblemMessages;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceQuery;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteId;
import dev.allot.space.Spaces;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The event pages: browse upcoming events and one's own, announce or change one, open one (from its
 * short link {@code /e/{code}} too) to ask, answer an invitation or withdraw, and, as its host, accept,
 * reject and invite people, close, reopen or call it off. Every rule is the facade's.
 */
@Controller
class GatheringPageController {

    private static final List<String> ZONES = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")).toList());

    private final Gatherings gatherings;
    private final Identity identity;
    private final Spaces spaces;
    private final ProblemMessages problems;
    private final MessageSource messages;
    private final Clock clock;

    GatheringPageController(Gatherings gatherings, Identity identity, Spaces spaces, ProblemMessages problems,
            MessageSource messages, Clock clock) {
        this.gatherings = gatherings;
        this.identity = identity;
        this.spaces = spaces;
        this.problems = problems;
        this.messages = messages;
        this.clock = clock;
    }

    /** The announcement form; times are the wall clock of {@code timeZone}, an end before the start is the next day. */
    record EventForm(@Nullable String title, @Nullable String description, @Nullable String filmTitle,
            @Nullable Integer filmYear, @Nullable String filmLink, @Nullable LocalDate date, @Nullable LocalTime start,
            @Nullable LocalTime end, @Nullable String timeZone, @Nullable String place, @Nullable Long room,
            @Nullable Privacy privacy, @Nullable Boolean free, @Nullable String priceNote, @Nullable Integer seats) {

        static EventForm of(GatheringView g) {
            ZonedDateTime start = g.startsAt().atZone(g.timeZone());
            ZonedDateTime end = g.endsAt().atZone(g.timeZone());
            return new EventForm(g.title(), g.description(), g.film() == null ? null : g.film().title(),
                    g.film() == null ? null : g.film().year(), g.film() == null ? null : g.film().link(), start.toLocalDate(),
                    start.toLocalTime(), end.toLocalTime(), g.timeZone().getId(), g.place(),
                    g.room() == null ? null : g.room().value(), g.privacy(), g.free(), g.priceNote(), g.seats());
        }

        GatheringDraft draft() {
            ZoneId zone;
            try {
                zone = ZoneId.of(timeZone == null ? "" : timeZone);
            } catch (DateTimeException e) {
                throw ProblemException.invalidField("timeZone", "is not a time zone");
            }
            if (date == null || start == null || end == null) {
                throw ProblemException.invalidField(date == null ? "date" : start == null ? "start" : "end", "is required");
            }
            ZonedDateTime from = date.atTime(start).atZone(zone);
            ZonedDateTime to = (end.isAfter(start) ? date : date.plusDays(1)).atTime(end).atZone(zone);
            Film film = filmTitle == null || filmTitle.isBlank() ? null : new Film(filmTitle.strip(), filmYear,
                    filmLink == null || filmLink.isBlank() ? null : filmLink.strip());
            return new GatheringDraft(title == null ? "" : title, description, film, from.toInstant(), to.toInstant(),
                    zone.getId(), place, room == null ? null : new ResourceId(room),
                    privacy == null ? Privacy.PUBLIC : privacy, Boolean.TRUE.equals(free), priceNote,
                    seats == null ? 0 : seats);
        }
    }

    /** An event as a card or a page shows it, its times in its own zone. */
    record EventLine(GatheringView event, String when, @Nullable String where, String shortUrl, String telegramShare,
            @Nullable String invitationUrl) {}

    @GetMapping("/events")
    String list(@RequestParam(required = false) @Nullable String film, @RequestParam(required = false) @Nullable String place,
            @RequestParam(defaultValue = "false") boolean free, @RequestParam(defaultValue = "false") boolean following,
            @RequestParam(required = false) GatheringQuery.@Nullable Mine mine, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable Double rating,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @AuthenticationPrincipal CurrentUser me, Model model, Locale locale) {
        @Nullable Double minRating = rating == null || rating < 1 || rating > 5 ? null : rating;
        // days as each event tells them: an evening on Friday 5 December is on the 5th wherever one reads it
        GatheringQuery query = new GatheringQuery(null, null, blankToNull(place), blankToNull(film), free, following, mine,
                false, minRating, from, to);
        Page<GatheringView> found = gatherings.list(query, new PageRequest(Math.max(page, 0), 20), me);
        Map<ResourceId, ResourceView> rooms = spaces.resourcesByIds(found.items().stream()
                .map(GatheringView::room).filter(java.util.Objects::nonNull).toList());
        model.addAttribute("events", found.items().stream().map(g -> line(g, rooms, locale)).toList());
        model.addAttribute("found", found);
        model.addAttribute("film", film);
        model.addAttribute("place", place);
        model.addAttribute("free", free);
        model.addAttribute("following", following);
        model.addAttribute("mine", mine);
        model.addAttribute("rating", minRating);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("me", gatherings.reputation(me.id(), me));
        model.addAttribute("canHost", me.canBook());
        return "gathering/list";
    }

    @GetMapping("/e/{code}")
    String shortLink(@PathVariable String code, @RequestParam(required = false) @Nullable String invite,
            @AuthenticationPrincipal CurrentUser me, Model model, Locale locale) {
        if (invite == null || invite.isBlank()) {
            return "redirect:/events/" + gatherings.byCode(code, me).id();
        }
        GatheringView event = gatherings.byInvitation(code, invite, me);
        if (event.hostedBy(me.id()) || event.myParticipation() == ParticipationState.ACCEPTED) {
            return "redirect:/events/" + event.id();
        }
        model.addAttribute("line", line(event, locale));
        model.addAttribute("event", event);
        model.addAttribute("token", invite);
        return "gathering/invitation";
    }

    @PostMapping("/e/{code}/accept")
    String acceptLink(@PathVariable String code, @RequestParam String token, @AuthenticationPrincipal CurrentUser me,
            Locale locale, RedirectAttributes redirect) {
        GatheringView event = gatherings.byInvitation(code, token, me);
        return done(event.id().value(), redirect, locale, "event.done.accept-invitation",
                () -> gatherings.acceptByInvitation(code, token, me));
    }

    @GetMapping("/events/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model, Locale locale) {
        GatheringView event = gatherings.gathering(new GatheringId(id), me);
        model.addAttribute("line", line(event, locale));
        model.addAttribute("event", event);
        boolean host = event.hostedBy(me.id());
        model.addAttribute("host", host);
        List<ParticipantView> people = host || event.myParticipation() == ParticipationState.ACCEPTED
                ? gatherings.participants(event.id(), me) : List.of();
        Map<ParticipationState, List<ParticipantView>> byState = new HashMap<>();
        for (ParticipantView p : people) {
            byState.computeIfAbsent(p.state(), any -> new ArrayList<>()).add(p);
        }
        model.addAttribute("byState", byState);
        model.addAttribute("live", event.status() != GatheringStatus.CANCELLED && event.status() != GatheringStatus.DONE
                && clock.instant().isBefore(event.startsAt()));
        model.addAttribute("canJoin", me.canBook());
        model.addAttribute("followsHost", !host && gatherings.follows(me.id(), event.host().id()));
        boolean came = event.myParticipation() == ParticipationState.ACCEPTED;
        List<RatingView> ratings = came ? gatherings.ratings(event.id(), me) : List.of();
        model.addAttribute("ratings", ratings);
        List<PersonRef> toRate = new ArrayList<>();
        if (came && event.status() == GatheringStatus.DONE) {
            List<PersonRef> candidates = host
                    ? people.stream().filter(p -> !p.host() && p.state() == ParticipationState.ACCEPTED)
                            .map(ParticipantView::person).toList()
                    : List.of(event.host());
            for (PersonRef candidate : candidates) {
                if (ratings.stream().noneMatch(r -> r.by().id().equals(me.id()) && r.of().id().equals(candidate.id()))) {
                    toRate.add(candidate);
                }
            }
        }
        model.addAttribute("toRate", toRate);
        model.addAttribute("chat", came ? chatLines(event, me, locale) : null);
        model.addAttribute("now", clock.instant());
        return "gathering/show";
    }

    /** A message as the chat shows it: its time in the event's zone, and whether the viewer may edit or remove it. */
    record ChatLine(MessageView message, String at, boolean mine, boolean removable) {}

    /** The chat alone, for the page to poll (htmx) without reloading. */
    @GetMapping("/events/{id}/chat")
    String chat(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model, Locale locale) {
        GatheringView event = gatherings.gathering(new GatheringId(id), me);
        model.addAttribute("event", event);
        model.addAttribute("chat", chatLines(event, me, locale));
        return "gathering/chat :: messages";
    }

    @PostMapping("/events/{id}/chat")
    String post(@PathVariable long id, @RequestParam(defaultValue = "") String text, @AuthenticationPrincipal CurrentUser me,
            Locale locale, RedirectAttributes redirect) {
        return done(id, redirect, locale, "event.done.post", () -> gatherings.post(new GatheringId(id), text, me)) + "#chat";
    }

    /** Changing a message on a page of its own, away from the chat that refreshes itself. */
    @GetMapping("/events/{id}/chat/{message}/edit")
    String editMessageForm(@PathVariable long id, @PathVariable long message, @AuthenticationPrincipal CurrentUser me,
            Model model) {
        GatheringView event = gatherings.gathering(new GatheringId(id), me);
        MessageView found = gatherings.messages(event.id(), message - 1, me).stream()
                .filter(m -> m.id() == message && m.author().id().equals(me.id())).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Message", message));
        model.addAttribute("event", event);
        model.addAttribute("message", found);
        return "gathering/message";
    }

    @PostMapping("/events/{id}/chat/{message}/edit")
    String editMessage(@PathVariable long id, @PathVariable long message, @RequestParam(defaultValue = "") String text,
            @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        return done(id, redirect, locale, "event.done.edit",
                () -> gatherings.editMessage(new GatheringId(id), message, text, me)) + "#chat";
    }

    @PostMapping("/events/{id}/chat/{message}/delete")
    String deleteMessage(@PathVariable long id, @PathVariable long message, @AuthenticationPrincipal CurrentUser me,
            Locale locale, RedirectAttributes redirect) {
        return done(id, redirect, locale, "event.done.delete",
                () -> gatherings.deleteMessage(new GatheringId(id), message, me)) + "#chat";
    }

    @PostMapping("/events/{id}/ratings")
    String rate(@PathVariable long id, @RequestParam(required = false) @Nullable Long person,
            @RequestParam(defaultValue = "0") int score, @RequestParam(required = false) @Nullable String comment,
            @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        return done(id, redirect, locale, "event.done.rate", () -> gatherings.rate(new GatheringId(id),
                new Rate(person == null ? null : new dev.allot.identity.UserId(person), score, comment), me)) + "#ratings";
    }

    @PostMapping("/events/{id}/ratings/{rating}/delete")
    String removeRating(@PathVariable long id, @PathVariable long rating, @AuthenticationPrincipal CurrentUser me,
            Locale locale, RedirectAttributes redirect) {
        return done(id, redirect, locale, "event.done.unrate",
                () -> gatherings.removeRating(new GatheringId(id), rating, me)) + "#ratings";
    }

    private List<ChatLine> chatLines(GatheringView event, CurrentUser me, Locale locale) {
        DateTimeFormatter at = DateTimeFormatter.ofPattern("d MMM, HH:mm", locale);
        boolean host = event.hostedBy(me.id());
        return gatherings.messages(event.id(), 0, me).stream()
                .map(m -> new ChatLine(m, m.createdAt().atZone(event.timeZone()).format(at), m.author().id().equals(me.id()),
                        host || m.author().id().equals(me.id())))
                .toList();
    }

    @GetMapping("/events/new")
    String announce(@AuthenticationPrincipal CurrentUser me, Model model) {
        me.require(Role.MEMBER, "Only members host events");
        ZoneId zone = homeZone(me);
        LocalDate inAWeek = LocalDate.now(clock.withZone(zone)).plusDays(7);
        return form(model, new EventForm(null, null, null, null, null, inAWeek, LocalTime.of(19, 0), LocalTime.of(21, 30),
                zone.getId(), null, null, Privacy.PUBLIC, true, null, 6), null, Map.of());
    }

    @PostMapping("/events/new")
    String publish(@ModelAttribute("form") EventForm form, BindingResult binding, @AuthenticationPrincipal CurrentUser me,
            Model model, Locale locale) {
        if (binding.hasErrors()) {
            return form(model, form, null, bindingErrors(binding, locale));
        }
        try {
            GatheringView created = gatherings.publish(form.draft(), me);
            return "redirect:/events/" + created.id();
        } catch (ProblemException e) {
            return form(model, form, null, problems.byField(e, locale));
        }
    }

    @GetMapping("/events/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        GatheringView event = gatherings.gathering(new GatheringId(id), me);
        if (!event.hostedBy(me.id())) {
            throw ProblemException.forbidden("Only the host changes an event");
        }
        return form(model, EventForm.of(event), event, Map.of());
    }

    @PostMapping("/events/{id}/edit")
    String change(@PathVariable long id, @ModelAttribute("form") EventForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser me, Model model, Locale locale, RedirectAttributes redirect) {
        GatheringView event = gatherings.gathering(new GatheringId(id), me);
        if (binding.hasErrors()) {
            return form(model, form, event, bindingErrors(binding, locale));
        }
        try {
            gatherings.change(event.id(), form.draft(), me);
            redirect.addFlashAttribute("notice", messages.getMessage("event.saved", null, locale));
            return "redirect:/events/" + id;
        } catch (ProblemException e) {
            return form(model, form, event, problems.byField(e, locale));
        }
    }

    @PostMapping("/events/{id}/{action:ask|withdraw|accept-invitation|decline|close|reopen|follow-host|unfollow-host}")
    String act(@PathVariable long id, @PathVariable String action, @AuthenticationPrincipal CurrentUser me, Locale locale,
            RedirectAttributes redirect) {
        GatheringId event = new GatheringId(id);
        return done(id, redirect, locale, "event.done." + action, () -> {
            switch (action) {
                case "ask" -> gatherings.ask(event, me);
                case "withdraw" -> gatherings.withdraw(event, me);
                case "accept-invitation" -> gatherings.acceptInvitation(event, me);
                case "decline" -> gatherings.declineInvitation(event, me);
                case "close" -> gatherings.close(event, true, me);
                case "reopen" -> gatherings.close(event, false, me);
                case "follow-host" -> gatherings.follow(gatherings.gathering(event, me).host().id(), me);
                default -> gatherings.unfollow(gatherings.gathering(event, me).host().id(), me);
            }
        });
    }

    @PostMapping("/events/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm,
            @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        if (!confirm) {
            redirect.addFlashAttribute("error", messages.getMessage("event.cancel.confirmFirst", null, locale));
            return "redirect:/events/" + id;
        }
        return done(id, redirect, locale, "event.done.cancel", () -> gatherings.cancel(new GatheringId(id), me));
    }

    @PostMapping("/events/{id}/participants/{person}/{action:accept|reject}")
    String answer(@PathVariable long id, @PathVariable long person, @PathVariable String action,
            @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        dev.allot.identity.UserId who = new dev.allot.identity.UserId(person);
        return done(id, redirect, locale, "event.done." + action, () -> {
            if (action.equals("accept")) {
                gatherings.accept(new GatheringId(id), who, me);
            } else {
                gatherings.reject(new GatheringId(id), who, me);
            }
        });
    }

    /** Invites the one person whose name matches {@code name}; with several, asks which one. */
    @PostMapping("/events/{id}/invite")
    String invite(@PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @Nullable Long person, @AuthenticationPrincipal CurrentUser me, Locale locale,
            RedirectAttributes redirect) {
        if (person != null) {
            return done(id, redirect, locale, "event.done.invite",
                    () -> gatherings.invite(new GatheringId(id), new dev.allot.identity.UserId(person), me));
        }
        List<PersonView> matches = name.isBlank() ? List.of()
                : identity.people(new PeopleQuery(name.strip(), null, null), new PageRequest(0, 11), me).items().stream()
                        .filter(p -> p.active() && !p.id().equals(me.id()) && p.role().includes(Role.MEMBER)).toList();
        if (matches.size() == 1) {
            return done(id, redirect, locale, "event.done.invite",
                    () -> gatherings.invite(new GatheringId(id), matches.getFirst().id(), me));
        }
        redirect.addFlashAttribute(matches.isEmpty() ? "error" : "notice", messages.getMessage(
                matches.isEmpty() ? "event.invite.none" : "event.invite.several", new Object[] {name}, locale));
        redirect.addFlashAttribute("matches", matches.stream().limit(10).toList());
        return "redirect:/events/" + id;
    }

    private String done(long id, RedirectAttributes redirect, Locale locale, String notice, Runnable work) {
        try {
            work.run();
            redirect.addFlashAttribute("notice", messages.getMessage(notice, null, locale));
        } catch (ProblemException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("error", problems.describe(e, locale));
        }
        return "redirect:/events/" + id;
    }

    private String form(Model model, EventForm form, @Nullable GatheringView editing, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        model.addAttribute("zones", ZONES);
        model.addAttribute("privacies", Privacy.values());
        model.addAttribute("rooms", spaces.searchAll(new ResourceQuery(ResourceKind.ROOM, null, null, null, Set.of(), null,
                null, false)));
        return "gathering/form";
    }

    private Map<String, String> bindingErrors(BindingResult binding, Locale locale) {
        Map<String, String> errors = new HashMap<>();
        binding.getFieldErrors().forEach(e -> errors.put(e.getField(), messages.getMessage("event.field.invalid",
                new Object[] {messages.getMessage("event.field." + e.getField(), null, e.getField(), locale)}, locale)));
        return errors;
    }

    private EventLine line(GatheringView g, Locale locale) {
        return line(g, g.room() == null ? Map.of() : spaces.resourcesByIds(List.of(g.room())), locale);
    }

    /** The event's times in its zone, and its place: the text the host gave, or the office room it holds. */
    private EventLine line(GatheringView g, Map<ResourceId, ResourceView> rooms, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        ZonedDateTime start = g.startsAt().atZone(g.timeZone());
        ZonedDateTime end = g.endsAt().atZone(g.timeZone());
        String when = start.format(day) + "–" + (end.toLocalDate().equals(start.toLocalDate()) ? end.format(time)
                : end.format(day)) + " (" + g.timeZone().getId() + ")";
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(g.shortLink()).toUriString();
        String share = "https://t.me/share/url?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8) + "&text="
                + URLEncoder.encode(g.title(), StandardCharsets.UTF_8);
        String invitation = g.invitationLink() == null ? null
                : ServletUriComponentsBuilder.fromCurrentContextPath().path(g.shortLink())
                        .queryParam("invite", g.inviteToken()).toUriString();
        ResourceView room = g.room() == null ? null : rooms.get(g.room());
        String where = g.place() != null ? g.place() : room == null ? null : room.name() + " · " + room.siteName();
        return new EventLine(g, when, where, url, share, invitation);
    }

    private ZoneId homeZone(CurrentUser me) {
        if (me.homeSiteId() != null) {
            try {
                return spaces.site(new SiteId(me.homeSiteId())).timeZone();
            } catch (ProblemException gone) {
                // the home site was removed: fall back below
            }
        }
        List<dev.allot.space.SiteView> sites = spaces.sites();
        return sites.isEmpty() ? ZoneId.of("Europe/Berlin") : sites.getFirst().timeZone();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
