package io.careers.articles.figure;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureTokensTest {

    @Test
    void readsEveryKindOfTokenWithItsPosition() {
        FigureTokens.Scan scan = FigureTokens.scan("""
            As of {{period:29-2071}}, the median was {{wage:29-2071:annual.median}}
            ({{wage:29-2071:hourly.median@2013-05}}), {{employment:29-2071}} jobs, growth {{projection:29-2071:percentChange@2012-2022}}.""");

        assertEquals(List.of(), scan.problems());
        List<FigureToken> tokens = scan.tokens();
        assertEquals(5, tokens.size());
        assertEquals(new FigureToken("{{period:29-2071}}", FigureToken.Kind.PERIOD, "29-2071", null, null, false, 1, 7), tokens.get(0));
        assertEquals(new FigureToken("{{wage:29-2071:annual.median}}", FigureToken.Kind.WAGE, "29-2071", "annual.median", null, false, 1, 42),
            tokens.get(1));
        assertEquals("2013-05", tokens.get(2).pin());
        assertEquals(2, tokens.get(2).line());
        assertEquals(2, tokens.get(2).column());
        assertEquals(FigureToken.Kind.EMPLOYMENT, tokens.get(3).kind());
        assertEquals("2012-2022", tokens.get(4).pin());
    }

    @Test
    void reportsMalformedTokensWithLineAndColumn() {
        FigureTokens.Scan scan = FigureTokens.scan("""
            Intro {{wage:29-2071}} and {{salary:29-2071}}.
            {{wage:29-2071:annual.mediam}} {{wage:292071:annual.median}} {{employment:29-2071@May-2013}}
            {{projection:29-2071:percentChange@2012-05}} and {{period:29-2071""");

        List<TokenProblem> problems = scan.problems();
        assertEquals(7, problems.size(), problems.toString());
        assertEquals(new TokenProblem("{{wage:29-2071}}", 1, 7,
            "expected the form {{wage:<soc>:<annual|hourly>.<mean|median|p10|p25|p75|p90>}}"), problems.get(0));
        assertTrue(problems.get(1).message().startsWith("unknown kind 'salary'"), problems.get(1).message());
        assertTrue(problems.get(2).message().startsWith("unknown measure 'annual.mediam'"));
        assertEquals(2, problems.get(2).line());
        assertEquals(1, problems.get(2).column());
        assertTrue(problems.get(3).message().contains("'292071' is not a SOC code"));
        assertTrue(problems.get(4).message().contains("YYYY-MM"));
        assertTrue(problems.get(5).message().contains("YYYY-YYYY"));
        assertEquals(new TokenProblem("{{period:29-2071", 3, 50, "the token is not closed with }}"), problems.get(6));
        assertEquals("'{{period:29-2071' at line 3, column 50: the token is not closed with }}", problems.get(6).describe());
    }

    @Test
    void textWithoutBracesHasNoTokens() {
        FigureTokens.Scan scan = FigureTokens.scan("The median annual wage was $34,970 in May 2013 {not a token}.");
        assertEquals(List.of(), scan.tokens());
        assertEquals(List.of(), scan.problems());
    }

    @Test
    void theDatedOptionFollowsThePinAndNoOtherOptionIsTaken() {
        FigureTokens.Scan scan = FigureTokens.scan(
            "{{wage:29-2071:annual.median+dated}} {{projection:29-2071:percentChange@2012-2022+dated}} "
                + "{{wage:29-2071:annual.median+dates}} {{wage:29-2071:annual.median+dated@2013-05}}");
        assertEquals(2, scan.tokens().size(), scan.toString());
        assertTrue(scan.tokens().get(0).dated());
        assertEquals(null, scan.tokens().get(0).pin());
        assertTrue(scan.tokens().get(1).dated());
        assertEquals("2012-2022", scan.tokens().get(1).pin());
        assertEquals(2, scan.problems().size(), scan.problems().toString());
        assertTrue(scan.problems().get(0).message().contains("unknown option '+dates'"), scan.problems().toString());
        assertTrue(scan.problems().get(1).message().contains("after the pin"), scan.problems().toString());
    }
}
