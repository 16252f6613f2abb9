package dev.allot.demo.internal;

import dev.allot.space.ResourceKind;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.datafaker.Faker;

/**
 * Plans the company: sites in different time zones, floors, rooms of varied size and equipment,
 * desks, monitors and projectors, and people with English and Russian names. The same properties
 * give the same plan.
 */
final class OfficePlanner {

    static final String DOMAIN = "allot-demo.example";
    /** The first demo person, named in the README so that a newcomer can sign in as a member. */
    static final String MEMBER_EMAIL = "member@" + DOMAIN;

    private record SiteTemplate(String name, String address, String zone, double russianShare) {}

    private static final List<SiteTemplate> SITES = List.of(
            new SiteTemplate("Berlin", "Friedrichstraße 68, 10117 Berlin", "Europe/Berlin", 0.25),
            new SiteTemplate("New York", "245 Park Avenue, New York, NY 10167", "America/New_York", 0.1),
            new SiteTemplate("Yerevan", "Abovyan St 12, Yerevan 0010", "Asia/Yerevan", 0.7),
            new SiteTemplate("London", "1 Finsbury Avenue, London EC2M 2PF", "Europe/London", 0.1),
            new SiteTemplate("Lisbon", "Avenida da Liberdade 110, 1269-046 Lisboa", "Europe/Lisbon", 0.1),
            new SiteTemplate("Singapore", "8 Marina View, Singapore 018960", "Asia/Singapore", 0.1));

    private static final List<String> ROOM_NAMES = List.of(
            "Lovelace", "Babbage", "Curie", "Darwin", "Euler", "Faraday", "Gauss", "Hopper", "Hypatia", "Kepler",
            "Lamarr", "Maxwell", "Meitner", "Mendeleev", "Newton", "Noether", "Pascal", "Planck", "Ramanujan",
            "Sagan", "Tesla", "Turing", "Volta", "Zuse", "Kovalevskaya", "Lomonosov", "Korolev", "Ambartsumian",
            "Mergelyan", "Hamilton", "Galileo", "Franklin", "Bohr", "Dirac", "Feynman", "Goodall", "Johnson",
            "Hubble", "Leibniz", "Fermi", "Nobel", "Humboldt", "Tereshkova", "Landau", "Kapitsa", "Vavilov");

    /** Room sizes and how common each is. */
    private static final int[] CAPACITIES = {2, 4, 4, 6, 6, 6, 8, 8, 10, 10, 12, 14, 16, 20, 30};

    private OfficePlanner() {}

    static OfficePlan plan(DemoProperties properties) {
        Random random = new Random(properties.seed());
        List<OfficePlan.Site> sites = new ArrayList<>();
        for (int i = 0; i < properties.sites(); i++) {
            SiteTemplate template = SITES.get(i % SITES.size());
            String suffix = i < SITES.size() ? "" : " " + (i / SITES.size() + 1);
            sites.add(new OfficePlan.Site(i, template.name() + suffix, template.address(), ZoneId.of(template.zone())));
        }
        int[] rooms = split(properties.rooms(), sites.size());
        int[] desks = split(properties.desks(), sites.size());
        int[] equipment = split(properties.equipment(), sites.size());
        int[] people = split(properties.people(), sites.size());

        List<OfficePlan.Floor> floors = new ArrayList<>();
        List<OfficePlan.Resource> resources = new ArrayList<>();
        for (OfficePlan.Site site : sites) {
            int total = rooms[site.index()] + desks[site.index()] + equipment[site.index()];
            int floorCount = Math.max(2, Math.min(200, (total + 59) / 60));
            int firstFloor = floors.size();
            for (int level = 1; level <= floorCount; level++) {
                floors.add(new OfficePlan.Floor(floors.size(), site.index(), "Floor " + level, level));
            }
            for (int r = 0; r < rooms[site.index()]; r++) {
                int floor = firstFloor + r % floorCount;
                resources.add(room(resources.size(), site, floors.get(floor), r, r / floorCount + 1, random));
            }
            for (int d = 0; d < desks[site.index()]; d++) {
                int floor = firstFloor + d * floorCount / Math.max(1, desks[site.index()]);
                resources.add(desk(resources.size(), site, floors.get(floor), d, random));
            }
            for (int e = 0; e < equipment[site.index()]; e++) {
                resources.add(equipment(resources.size(), site, floors.get(firstFloor), e, random));
            }
        }
        return new OfficePlan(sites, floors, resources, people(properties, sites, people));
    }

    /** Splits {@code total} over {@code parts}, the first ones larger (head offices are bigger). */
    static int[] split(int total, int parts) {
        int[] shares = new int[parts];
        int weights = 0;
        for (int i = 0; i < parts; i++) {
            weights += parts + 1 - i;
        }
        int given = 0;
        for (int i = 0; i < parts; i++) {
            shares[i] = total * (parts + 1 - i) / weights;
            given += shares[i];
        }
        for (int i = 0; given < total; i = (i + 1) % parts, given++) {
            shares[i]++;
        }
        return shares;
    }

    private static OfficePlan.Resource room(int index, OfficePlan.Site site, OfficePlan.Floor floor, int n,
            int number, Random random) {
        int capacity = CAPACITIES[random.nextInt(CAPACITIES.length)];
        RoomLayout layout = layout(capacity, random);
        Set<String> amenities = new TreeSet<>();
        double p = random.nextDouble();
        if (capacity <= 2) {
            maybe(amenities, "phone", 0.6, random);
            maybe(amenities, "screen", 0.4, random);
        } else if (capacity <= 6) {
            maybe(amenities, "screen", 0.75, random);
            maybe(amenities, "whiteboard", 0.6, random);
            maybe(amenities, "video-conference", 0.45, random);
        } else if (capacity <= 14) {
            maybe(amenities, "screen", 0.85, random);
            maybe(amenities, "whiteboard", 0.8, random);
            maybe(amenities, "video-conference", 0.7, random);
            maybe(amenities, "projector", 0.3, random);
        } else {
            amenities.add("projector");
            maybe(amenities, "screen", 0.5, random);
            maybe(amenities, "whiteboard", 0.7, random);
            maybe(amenities, "video-conference", 0.8, random);
            maybe(amenities, "wheelchair-access", 0.8, random);
        }
        maybe(amenities, "window", 0.65, random);
        if (capacity <= 14) {
            maybe(amenities, "wheelchair-access", 0.25, random);
        }
        String base = ROOM_NAMES.get((site.index() * 7 + n) % ROOM_NAMES.size());
        int round = (site.index() * 7 + n) / ROOM_NAMES.size();
        String name = floor.level() + "." + String.format(Locale.ROOT, "%02d", number) + " " + base
                + (round > 0 ? " " + (round + 1) : "");
        // Large rooms are popular; some small ones are simply in a quiet corner.
        double popularity = (capacity >= 10 ? 1.15 : capacity >= 6 ? 0.95 : 0.75) * (0.75 + 0.4 * p);
        return new OfficePlan.Resource(index, site.index(), floor.index(), ResourceKind.ROOM, name, capacity,
                amenities, describe(layout, capacity, amenities), capacity >= 20, layout, popularity);
    }

    private static RoomLayout layout(int capacity, Random random) {
        if (capacity <= 2) {
            return RoomLayout.BOOTH;
        }
        if (capacity <= 6) {
            return random.nextBoolean() ? RoomLayout.ROUND : RoomLayout.BOARDROOM;
        }
        if (capacity <= 14) {
            return random.nextInt(3) == 0 ? RoomLayout.U_SHAPE : RoomLayout.BOARDROOM;
        }
        return random.nextInt(3) == 0 ? RoomLayout.U_SHAPE : RoomLayout.CLASSROOM;
    }

    private static String describe(RoomLayout layout, int capacity, Set<String> amenities) {
        String furniture = switch (layout) {
            case BOOTH -> "A quiet booth for calls";
            case ROUND -> "A round table for " + capacity;
            case BOARDROOM -> "A long table for " + capacity;
            case U_SHAPE -> "Tables in a U for " + capacity;
            case CLASSROOM -> "Rows of seats for " + capacity;
        };
        List<String> extras = new ArrayList<>();
        if (amenities.contains("screen")) extras.add("a screen");
        if (amenities.contains("projector")) extras.add("a projector");
        if (amenities.contains("whiteboard")) extras.add("a whiteboard");
        if (amenities.contains("video-conference")) extras.add("a video-conference camera");
        if (amenities.contains("window")) extras.add("daylight");
        return extras.isEmpty() ? furniture + "." : furniture + ", with " + String.join(", ", extras) + ".";
    }

    private static OfficePlan.Resource desk(int index, OfficePlan.Site site, OfficePlan.Floor floor, int n,
            Random random) {
        Set<String> amenities = new TreeSet<>();
        maybe(amenities, "monitor", 0.8, random);
        maybe(amenities, "docking-station", 0.6, random);
        maybe(amenities, "standing-desk", 0.25, random);
        maybe(amenities, "window", 0.3, random);
        String name = "Desk " + floor.level() + "-" + String.format(Locale.ROOT, "%03d", n + 1);
        double popularity = amenities.contains("window") ? 1.1 : 0.9 + 0.2 * random.nextDouble();
        return new OfficePlan.Resource(index, site.index(), floor.index(), ResourceKind.DESK, name, 1, amenities,
                "A hot desk in the open space.", false, null, popularity);
    }

    private static OfficePlan.Resource equipment(int index, OfficePlan.Site site, OfficePlan.Floor floor, int n,
            Random random) {
        boolean projector = n % 3 == 2;
        String name = (projector ? "Portable projector #" : "Monitor 27\" #") + (n + 1);
        Set<String> amenities = projector ? Set.of("projector") : Set.of("monitor");
        String description = projector ? "A portable projector; collect it at the reception."
                : "A 27-inch monitor on a trolley; collect it at the reception.";
        return new OfficePlan.Resource(index, site.index(), floor.index(), ResourceKind.EQUIPMENT, name, 1, amenities,
                description, false, null, 0.6 + 0.6 * random.nextDouble());
    }

    private static void maybe(Set<String> amenities, String tag, double probability, Random random) {
        if (random.nextDouble() < probability) {
            amenities.add(tag);
        }
    }

    private static List<OfficePlan.Person> people(DemoProperties properties, List<OfficePlan.Site> sites,
            int[] perSite) {
        Faker english = new Faker(Locale.ENGLISH, new Random(properties.seed() + 1));
        Faker russian = new Faker(Locale.of("ru"), new Random(properties.seed() + 2));
        Random random = new Random(properties.seed() + 3);
        Set<String> emails = new HashSet<>();
        List<OfficePlan.Person> people = new ArrayList<>();
        for (OfficePlan.Site site : sites) {
            double russianShare = SITES.get(site.index() % SITES.size()).russianShare();
            for (int i = 0; i < perSite[site.index()]; i++) {
                boolean ru = random.nextDouble() < russianShare;
                String first;
                String last;
                if (ru) {
                    boolean female = random.nextBoolean();
                    first = russian.resolve(female ? "name.female_first_name" : "name.male_first_name");
                    last = russian.resolve(female ? "name.female_last_name" : "name.male_last_name");
                } else {
                    first = english.name().firstName();
                    last = english.name().lastName();
                }
                String email = people.isEmpty() ? MEMBER_EMAIL : email(first, last, emails);
                emails.add(email);
                people.add(new OfficePlan.Person(people.size(), site.index(), email, first + " " + last,
                        ru ? "ru" : "en", team(people.size(), site.index())));
            }
        }
        return people;
    }

    private static final List<String> TEAMS = List.of("Engineering", "Sales", "Design", "Finance", "Operations",
            "Marketing", "Support", "People");

    /** A team for each person, spread over the teams (from the index, so no random draw moves). */
    private static String team(int index, int site) {
        return TEAMS.get(Math.floorMod(index * 5 + site * 3 + index / TEAMS.size(), TEAMS.size()));
    }

    private static String email(String first, String last, Set<String> taken) {
        String local = ascii(first) + "." + ascii(last);
        String email = local + "@" + DOMAIN;
        for (int n = 2; taken.contains(email); n++) {
            email = local + n + "@" + DOMAIN;
        }
        return email;
    }

    private static final Map<Character, String> CYRILLIC = cyrillic();

    /** Lower-case Latin letters only: Cyrillic transliterated, accents and apostrophes dropped. */
    static String ascii(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            String latin = CYRILLIC.get(c);
            out.append(latin != null ? latin : String.valueOf(c));
        }
        String plain = Normalizer.normalize(out, Normalizer.Form.NFD).replaceAll("[^a-z]", "");
        return plain.isEmpty() ? "person" : plain;
    }

    private static Map<Character, String> cyrillic() {
        String from = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        String[] to = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
        Map<Character, String> map = new java.util.HashMap<>();
        for (int i = 0; i < from.length(); i++) {
            map.put(from.charAt(i), to[i]);
        }
        return map;
    }
}
