package io.careers.salary.lineage;

import io.careers.contracts.OccupationRef;
import io.careers.contracts.salary.SocCrosswalkLink;
import io.careers.messaging.inbound.Inbound;
import io.careers.messaging.inbound.InvalidRecordException;
import io.careers.salary.occupation.OccupationStatsPublisher;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.TreeSet;

/**
 * Applies crosswalk links: both codes are named, the link is stored once, and the occupations on
 * either side of a new link are announced, since their lineage changed.
 */
@Singleton
record CrosswalkIngest(LineageRepository lineage, OccupationStatsPublisher stats) {
    void apply(List<Inbound<SocCrosswalkLink>> batch) {
        TreeSet<String> changed = new TreeSet<>();
        for (Inbound<SocCrosswalkLink> inbound : batch) {
            SocCrosswalkLink link = inbound.value();
            if (link.to().socVersion().compareTo(link.from().socVersion()) <= 0) {
                throw new InvalidRecordException("to.socVersion: " + link.to().socVersion() + " is not a newer revision than "
                    + "from.socVersion " + link.from().socVersion() + "; a crosswalk maps a code to its successor");
            }
            name(link.from());
            name(link.to());
            if (lineage.link(link.from().code(), link.from().socVersion(), link.to().code(), link.to().socVersion()) > 0) {
                changed.add(link.from().code());
                changed.add(link.to().code());
            }
        }
        if (!changed.isEmpty()) {
            stats.publish(changed);
        }
    }

    private void name(OccupationRef occupation) {
        lineage.name(occupation.code(), occupation.socVersion(), occupation.title());
    }
}
