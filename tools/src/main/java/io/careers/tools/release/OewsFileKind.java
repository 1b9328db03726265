package io.careers.tools.release;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which areas an OEWS file holds, as BLS names its files: {@code national_M2013_dl},
 * {@code state_M2013_dl}, {@code MSA_M2013_dl}, {@code BOS_M2013_dl} (balance of state, the
 * nonmetropolitan areas), {@code all_data_M_2023}, and the archives {@code oesm13nat.zip},
 * {@code oesm13st.zip}, {@code oesm13ma.zip}, {@code oesm23all.zip}; before 2010 {@code state_may2004_dl}. Older files have no
 * {@code AREA_TYPE} column (and national ones no {@code AREA} column): the kind says it.
 */
public enum OewsFileKind {
    /** The nation as a whole. */
    NATIONAL("1"),
    /** States and territories. */
    STATE("2"),
    /** Metropolitan statistical areas. */
    METRO("4"),
    /** Nonmetropolitan areas. */
    NONMETRO("6"),
    /** Every area, with an {@code AREA_TYPE} column. */
    ALL_DATA(null);

    private static final Pattern LONG_YEAR = Pattern.compile("(?:m|may)_?(\\d{4})");
    private static final Pattern SHORT_YEAR = Pattern.compile("oesm(\\d{2})");

    private final String areaType;

    OewsFileKind(String areaType) {
        this.areaType = areaType;
    }

    /** @return the {@code AREA_TYPE} its rows have, or null when each row says */
    public String areaType() {
        return areaType;
    }

    /**
     * @param fileName a file's name as BLS ships it
     * @return its kind, when the name says
     */
    public static Optional<OewsFileKind> ofName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.contains("all_data") || name.contains("all data") || name.matches("oesm\\d\\dall.*")) {
            return Optional.of(ALL_DATA);
        }
        if (name.contains("nonmetro") || name.contains("nonmsa") || name.startsWith("bos")
            || name.matches("oesm\\d\\dnonmetro.*")) {
            return Optional.of(NONMETRO);
        }
        if (name.startsWith("msa") || name.contains("metro") || name.matches("oesm\\d\\dma.*")) {
            return Optional.of(METRO);
        }
        if (name.startsWith("state") || name.matches("oesm\\d\\dst.*")) {
            return Optional.of(STATE);
        }
        if (name.startsWith("national") || name.matches("oesm\\d\\dnat.*")) {
            return Optional.of(NATIONAL);
        }
        return Optional.empty();
    }

    /**
     * @param fileName a file's name as BLS ships it
     * @return the year of the May release it names ({@code M2013}, {@code M_2023}, {@code may2004}, {@code oesm13}), if it does
     */
    public static Optional<String> yearOfName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        Matcher shortYear = SHORT_YEAR.matcher(name);
        if (shortYear.find()) {
            return Optional.of("20" + shortYear.group(1));
        }
        Matcher longYear = LONG_YEAR.matcher(name);
        return longYear.find() ? Optional.of(longYear.group(1)) : Optional.empty();
    }
}
