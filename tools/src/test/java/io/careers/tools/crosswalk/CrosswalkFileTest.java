package io.careers.tools.crosswalk;

import io.careers.contracts.salary.SocCrosswalkLink;
import io.careers.tools.cli.Table;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** BLS's SOC crosswalks as published: title rows, the revisions named by the header, notes under the links. */
class CrosswalkFileTest {
    private static CrosswalkFile.Parsed parse(Path file) throws Exception {
        return CrosswalkFile.parse(Table.read(file, CrosswalkFile::isCodeColumn));
    }

    @Test
    void the2010To2018CrosswalkGivesASplitCodeBothSuccessors() throws Exception {
        CrosswalkFile.Parsed parsed = parse(Path.of("../sample-data/crosswalks/soc_2010_to_2018_crosswalk.csv"));
        assertEquals(List.of(), parsed.problems());
        assertEquals(1, parsed.notes());
        assertEquals(List.of("2010:29-2071:2018:29-2072", "2010:29-2071:2018:29-9021", "2010:15-1132:2018:15-1252"),
            List.copyOf(parsed.links().keySet()));
        SocCrosswalkLink registrars = parsed.links().get("2010:29-2071:2018:29-9021");
        assertEquals("Health Information Technologists and Medical Registrars", registrars.to().title());
        assertEquals("2018", registrars.to().socVersion());
    }

    @Test
    void the2000To2010CrosswalkNamesItsRevisionsInLowerCase() throws Exception {
        CrosswalkFile.Parsed parsed = parse(Path.of("../sample-data/crosswalks/soc_2000_to_2010_crosswalk.csv"));
        assertEquals(List.of("2000:29-1111:2010:29-1141", "2000:15-1031:2010:15-1132"), List.copyOf(parsed.links().keySet()));
    }

    @Test
    void aBadCodeAndAMissingColumnAreNamed() throws Exception {
        Path bad = Files.createTempFile("crosswalk", ".csv");
        Files.writeString(bad, "2010 SOC Code,2010 SOC Title,2018 SOC Code,2018 SOC Title\n292071,Technicians,29-2072,Specialists\n");
        CrosswalkFile.Parsed parsed = parse(bad);
        assertEquals(1, parsed.problems().size());
        assertTrue(parsed.problems().get(0).toString().startsWith("line 2: from.code"), parsed.problems().toString());

        Files.writeString(bad, "2010 SOC Code,2018 SOC Code\n29-2071,29-2072\n");
        assertTrue(parse(bad).problems().get(0).toString().contains("the header needs a code and a title column of two SOC "
            + "revisions"), parse(bad).problems().toString());
    }
}
