package dev.allot.space.internal;

import dev.allot.identity.HomeSites;
import dev.allot.space.SiteView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The sites, as identity's directory needs them for home sites (identity's SPI; space owns sites). */
@Component
class SitesAsHomeSites implements HomeSites {

    private final SiteRepository sites;

    SitesAsHomeSites(SiteRepository sites) {
        this.sites = sites;
    }

    @Override
    public boolean exists(long siteId) {
        return sites.findById(siteId).isPresent();
    }

    @Override
    public List<Long> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return sites.findAll().stream()
                .filter(site -> site.name().strip().toLowerCase(Locale.ROOT).equals(wanted))
                .map(site -> site.id().value())
                .toList();
    }

    @Override
    public Map<Long, String> names() {
        return sites.findAll().stream().collect(Collectors.toMap(site -> site.id().value(), SiteView::name));
    }
}
