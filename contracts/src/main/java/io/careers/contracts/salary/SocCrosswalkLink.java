package io.careers.contracts.salary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.OccupationRef;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Value of {@code salary.soc-crosswalk.v1}: one row of a BLS SOC crosswalk (for example the 2010
 * to 2018 one), saying that an occupation code of one revision maps to a code of the next. A code
 * split in two has two links; two codes merged into one have one link each. salary-service builds
 * the occupations' lineage (predecessors and successors) from them. Key
 * {@code fromVersion:fromCode:toVersion:toCode}, e.g. {@code 2010:29-2071:2018:29-2072}; the
 * same link sent again changes nothing.
 *
 * @param from the code of the older revision, with its title and {@code socVersion}
 * @param to   the code of the newer revision, with its title and {@code socVersion}
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SocCrosswalkLink(OccupationRef from, OccupationRef to) {

    /** @return the record's key, {@code fromVersion:fromCode:toVersion:toCode} */
    public String key() {
        return from.socVersion() + ":" + from.code() + ":" + to.socVersion() + ":" + to.code();
    }
}
