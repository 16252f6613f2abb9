package dev.allot.telegram.internal;

import dev.allot.booking.BookingLimits;
import dev.allot.booking.LimitUse;
import dev.allot.booking.LimitWording;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** {@code /limits}: the fair-use limits that hold the person, and their use of each (issue 18). */
@Component
@OnTelegram
class LimitsFlow implements ChatFlow {

    private final BookingLimits limits;
    private final Spaces spaces;

    LimitsFlow(BookingLimits limits, Spaces spaces) {
        this.limits = limits;
        this.spaces = spaces;
    }

    @Override
    public String name() {
        return "limits";
    }

    @Override
    public List<String> commands() {
        return List.of("limits");
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public void start(Chat chat, String args) {
        chat.show(screen(chat));
    }

    @Override
    public void press(Chat chat, Press press) {
        chat.show(screen(chat));
    }

    private Screen screen(Chat chat) {
        List<LimitUse> uses = limits.use(chat.me());
        LimitWording.Words words = chat::t;
        StringBuilder text = new StringBuilder(chat.t(uses.isEmpty() ? "limits.mine.none" : "telegram.limits.title"));
        if (!uses.isEmpty()) {
            Map<SiteId, String> sites = spaces.sites().stream()
                    .collect(Collectors.toMap(SiteView::id, SiteView::name, (a, b) -> a));
            for (LimitUse use : uses) {
                text.append("\n\n• ").append(LimitWording.allows(use.limit(), words))
                        .append("\n  ").append(LimitWording.scope(use.limit(), sites, words))
                        .append("\n  ").append(LimitWording.used(use, words, day -> DeskPicker.format(chat, day)));
            }
        }
        return Screen.of(text.toString(), Keyboard.builder().row(MenuFlow.home(chat)).build());
    }
}
