package dev.allot.demo.internal;

import dev.allot.gathering.Film;
import dev.allot.gathering.GatheringDraft;
import dev.allot.gathering.GatheringId;
import dev.allot.gathering.Gatherings;
import dev.allot.gathering.PastGathering;
import dev.allot.gathering.Privacy;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.platform.ProblemException;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo office's film evenings, through the gathering module's use cases: a few coming up (public,
 * followers only, invite only, one in an office room) with requests, invitations and people accepted, the
 * demo member among them as host and guest, and a few that took place, with their ratings.
 */
@Component
class DemoEvenings {

    private static final Logger log = LoggerFactory.getLogger(DemoEvenings.class);

    private record Screening(String title, String description, Film film) {}

    private static final List<Screening> FILMS = List.of(
            new Screening("Stalker night", "Three men walk into the Zone. Tea and a long, quiet film.",
                    new Film("Stalker", 1979, "https://en.wikipedia.org/wiki/Stalker_(1979_film)")),
            new Screening("Animation evening", "Spirited Away on the big screen; bring cushions.",
                    new Film("Spirited Away", 2001, "https://en.wikipedia.org/wiki/Spirited_Away")),
            new Screening("Вечер советского кино", "«Иван Васильевич меняет профессию» — с чаем и сушками.",
                    new Film("Иван Васильевич меняет профессию", 1973,
                            "https://ru.wikipedia.org/wiki/Иван_Васильевич_меняет_профессию")),
            new Screening("Board games and a short film", "Catan first, then a short film or two.",
                    new Film("The Red Balloon", 1956, "https://en.wikipedia.org/wiki/The_Red_Balloon")),
            new Screening("Solaris, the original", "The 1972 film, in Russian with subtitles.",
                    new Film("Solaris", 1972, "https://en.wikipedia.org/wiki/Solaris_(1972_film)")),
            new Screening("Amélie on Friday", "A light one for the end of the week.",
                    new Film("Amélie", 2001, "https://en.wikipedia.org/wiki/Am%C3%A9lie")),
            new Screening("Documentary lunch", "A nature documentary over a long lunch.",
                    new Film("Microcosmos", 1996, "https://en.wikipedia.org/wiki/Microcosmos_(film)")));

    private final Gatherings gatherings;
    private final Identity identity;
    private final Clock clock;

    DemoEvenings(Gatherings gatherings, Identity identity, Clock clock) {
        this.gatherings = gatherings;
        this.identity = identity;
        this.clock = clock;
    }

    /** The evenings; {@code people} are the demo people's ids in plan order (the demo member first). */
    int store(OfficePlan plan, long[] resources, long[] people, CurrentUser admin) {
        if (people.length < 12) {
            return 0;
        }
        int made = 0;
        ZoneId zone = plan.sites().getFirst().zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        CurrentUser member = user(people[0]);
        try {
            // the member's own evening: two asked, one accepted
            GatheringId own = publish(member, FILMS.get(0), today.plusDays(5), zone, "The kitchen on the 3rd floor", null,
                    Privacy.PUBLIC, 6);
            gatherings.ask(own, user(people[2]));
            gatherings.ask(own, user(people[3]));
            gatherings.accept(own, new UserId(people[2]), member);
            made++;
            // followers only: the member follows its host and asks
            CurrentUser gamesHost = user(people[4]);
            GatheringId games = publish(gamesHost, FILMS.get(3), today.plusDays(8), zone, "Lounge, ground floor", null,
                    Privacy.FOLLOWERS_ONLY, 5);
            gatherings.follow(gamesHost.id(), member);
            gatherings.ask(games, member);
            gatherings.follow(gamesHost.id(), user(people[6]));
            gatherings.ask(games, user(people[6]));
            gatherings.accept(games, new UserId(people[6]), gamesHost);
            made++;
            // invite only: the member is invited
            CurrentUser solarisHost = user(people[5]);
            GatheringId solaris = publish(solarisHost, FILMS.get(4), today.plusDays(10), zone, "Anna's flat, Prenzlauer Berg",
                    null, Privacy.INVITE_ONLY, 4);
            gatherings.invite(solaris, member.id(), solarisHost);
            gatherings.invite(solaris, new UserId(people[7]), solarisHost);
            gatherings.acceptInvitation(solaris, user(people[7]));
            made++;
            // in an office room, booked through the booking module
            CurrentUser roomHost = user(people[8]);
            ResourceId room = firstRoom(plan, resources);
            GatheringId inRoom = publish(roomHost, FILMS.get(1), today.plusDays(12), zone, null, room, Privacy.PUBLIC, 8);
            for (int p = 9; p <= 11; p++) {
                gatherings.ask(inRoom, user(people[p]));
            }
            gatherings.accept(inRoom, new UserId(people[9]), roomHost);
            gatherings.accept(inRoom, new UserId(people[10]), roomHost);
            made++;
            // evenings that took place, with their ratings
            made += past(FILMS.get(2), today.minusDays(20), zone, people[4], List.of(people[0], people[6], people[9]), admin);
            made += past(FILMS.get(5), today.minusDays(34), zone, people[0], List.of(people[2], people[3]), admin);
            made += past(FILMS.get(6), today.minusDays(48), zone, people[8], List.of(people[0], people[5], people[10]), admin);
        } catch (ProblemException e) {
            log.info("Demo office: a film evening was refused ({}); {} stored", e.getMessage(), made);
        }
        log.info("Demo office: {} film evenings", made);
        return made;
    }

    private GatheringId publish(CurrentUser host, Screening s, LocalDate day, ZoneId zone, @Nullable String place,
            @Nullable ResourceId room, Privacy privacy, int seats) {
        // in an office room: after work on a weekday, within the demo sites' hours (08:00-20:00 on weekdays)
        while (room != null && day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        Instant start = day.atTime(room == null ? LocalTime.of(19, 0) : LocalTime.of(18, 0)).atZone(zone).toInstant();
        Instant end = day.atTime(room == null ? LocalTime.of(21, 30) : LocalTime.of(19, 55)).atZone(zone).toInstant();
        GatheringDraft draft = new GatheringDraft(s.title(), s.description(), s.film(), start, end, zone.getId(), place, room,
                privacy, true, null, seats);
        try {
            return gatherings.publish(draft, host).id();
        } catch (ProblemException roomTaken) {
            if (room == null) {
                throw roomTaken;
            }
            return gatherings.publish(new GatheringDraft(s.title(), s.description(), s.film(), start, end, zone.getId(),
                    "The big meeting room", null, privacy, true, null, seats), host).id();
        }
    }

    private int past(Screening s, LocalDate day, ZoneId zone, long host, List<Long> guests, CurrentUser admin) {
        UserId hostId = new UserId(host);
        List<UserId> came = guests.stream().map(UserId::new).toList();
        List<PastGathering.PastRating> ratings = new java.util.ArrayList<>();
        int score = 5;
        for (UserId guest : came) {
            ratings.add(new PastGathering.PastRating(guest, hostId, score, score == 5 ? "A lovely evening" : null));
            ratings.add(new PastGathering.PastRating(hostId, guest, Math.max(3, score - 1), null));
            score = score == 5 ? 4 : 5;
        }
        gatherings.importPast(new PastGathering(hostId, s.title(), s.description(), s.film(),
                day.atTime(LocalTime.of(19, 0)).atZone(zone).toInstant(), day.atTime(LocalTime.of(21, 30)).atZone(zone).toInstant(),
                zone.getId(), "The kitchen on the 3rd floor", Math.max(6, came.size()), came, ratings), admin);
        return 1;
    }

    private static ResourceId firstRoom(OfficePlan plan, long[] resources) {
        return plan.resources().stream().filter(r -> r.kind() == ResourceKind.ROOM && r.site() == 0 && r.capacity() >= 8)
                .findFirst()
                .map(r -> new ResourceId(resources[r.index()]))
                .orElseGet(() -> new ResourceId(resources[0]));
    }

    private CurrentUser user(long id) {
        return identity.currentUser(new UserId(id)).orElseThrow();
    }
}
