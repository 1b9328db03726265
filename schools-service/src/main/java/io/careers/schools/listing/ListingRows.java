package io.careers.schools.listing;

import io.careers.contracts.schools.Credential;
import io.careers.contracts.schools.Delivery;
import io.careers.contracts.schools.Institution;
import io.careers.contracts.schools.Ownership;
import io.careers.contracts.schools.Program;
import io.careers.contracts.schools.Sponsorship;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Maps listing and institution rows. */
@Singleton
record ListingRows(ObjectMapper json) {
    /** Columns {@link #listing} reads, for {@code listing l JOIN institution i}. */
    static final String COLUMNS = "l.listing_id, l.partner_id, l.external_id, l.institution_id, "
        + "i.name, i.city, i.state, i.ownership, i.website, "
        + "l.program_title, l.cip_code, l.credential, l.delivery, l.accreditations, l.annual_tuition_usd, "
        + "l.campaign_id, l.priority, l.active_from, l.active_to, l.disclosure, "
        + "l.status, l.version, l.source, l.provenance::text, l.updated_at, l.program_id";
    private static final Argument<Map<String, Map<String, String>>> PROVENANCE =
        Argument.mapOf(Argument.STRING, Argument.mapOf(String.class, String.class));


    StoredListing listing(ResultSet rs) throws SQLException {
        return new StoredListing(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
            rs.getObject(4, UUID.class), rs.getObject(26, UUID.class), institution(rs, 5), program(rs, 10), sponsorship(rs, 16),
            "ACTIVE".equals(rs.getString(21)), rs.getLong(22), Source.valueOf(rs.getString(23)),
            provenance(rs.getString(24)), rs.getTimestamp(25).toInstant());
    }

    static Institution institution(ResultSet rs, int first) throws SQLException {
        String ownership = rs.getString(first + 3);
        return new Institution(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2).trim(),
            ownership == null ? null : Ownership.valueOf(ownership), rs.getString(first + 4));
    }

    private static Program program(ResultSet rs, int first) throws SQLException {
        Array accreditations = rs.getArray(first + 4);
        BigDecimal tuition = rs.getBigDecimal(first + 5);
        return new Program(rs.getString(first), rs.getString(first + 1).trim(), Credential.valueOf(rs.getString(first + 2)),
            Delivery.valueOf(rs.getString(first + 3)),
            accreditations == null ? List.of() : Arrays.asList((String[]) accreditations.getArray()),
            tuition == null ? null : Money.plain(tuition));
    }

    private static Sponsorship sponsorship(ResultSet rs, int first) throws SQLException {
        String campaign = rs.getString(first);
        if (campaign == null) {
            return null;
        }
        Date from = rs.getDate(first + 2);
        Date to = rs.getDate(first + 3);
        return new Sponsorship(campaign, rs.getInt(first + 1), from.toLocalDate(), to.toLocalDate(), rs.getString(first + 4));
    }

    private Map<String, Map<String, String>> provenance(String text) {
        try {
            return json.readValue(text, PROVENANCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
