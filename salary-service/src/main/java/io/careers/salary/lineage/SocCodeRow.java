package io.careers.salary.lineage;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A SOC code of one revision with its title, as crosswalks name it.
 *
 * @param code       SOC code
 * @param socVersion its revision
 * @param title      its title there
 */
@MappedEntity("soc_code")
record SocCodeRow(@Id String code, String socVersion, String title) {
}
