package org.clustersim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.clustersim.scenario.yaml.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys a report reads: start month, smallest effects, descriptions of variants and sweep points; and inert levers. */
class PresentationTest {
    @TempDir
    Path dir;

    private Scenario load(String text) throws Exception {
        Path f = dir.resolve("x.yaml");
        Files.writeString(f, "extends: " + Path.of("scenarios", "mecanique.yaml").toAbsolutePath() + "\n" + text);
        return ScenarioLoader.load(f);
    }

    @Test
    void startSmallestEffectsAndDescriptionsAreRead() throws Exception {
        Scenario s = load("smallest_effects: {appropriation: 0.05}\nvariants:\n  a:\n    description: the file's policy\n"
                + "  b: {policy: {preset: impose}}\n");
        assertEquals(YearMonth.of(2011, 1), s.presentation().start(), "from mecanique.yaml");
        assertEquals(Map.of("appropriation", 0.05), s.presentation().smallestEffects());
        assertEquals(Map.of("a", "the file's policy"), s.presentation().descriptions());
    }

    @Test
    void aListedSweepPointCarriesItsDescription() throws Exception {
        Scenario s = load("variants:\n  p:\n    description: propose\nsweep:\n  design: list\n  points:\n"
                + "    - {trust_gain: 0.03, description: slow trust}\n    - {trust_gain: 0.09}\n");
        assertEquals(Map.of("p[trust_gain=0.03]", "propose; slow trust", "p[trust_gain=0.09]", "propose"),
                s.presentation().descriptions());
    }

    @Test
    void aBadStartOrAnUnknownMetricIsAnErrorWithItsPosition() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load("start: January\n"
                + "smallest_effects: {cooperation: 0.1, cohesion: -1}\n"));
        assertTrue(e.getMessage().contains("'start' must be a year and month such as 2011-01, got 'January'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("unknown metric 'cooperation' in smallest_effects"), e.getMessage());
        assertTrue(e.getMessage().contains("cohesion"), e.getMessage());
    }

    @Test
    void withoutStartThereIsNoCalendar() throws Exception {
        Path f = dir.resolve("plain.yaml");
        Files.writeString(f, Files.readString(Path.of("scenarios", "mecanique.yaml")).replaceFirst("(?m)^start: .*\n", ""));
        assertNull(ScenarioLoader.load(f).presentation().start());
    }

    @Test
    void leversThatCannotActAreFound() throws Exception {
        Scenario s = load("variants:\n  late:\n    policy: {instruments: {control: {start: 200}}}\n"
                + "  trained:\n    policy: {instruments: {vocational_training: {start: 30, effort: 0.8,"
                + " attractiveness: 0.8}}}\n");
        List<String> w = InertLevers.find(s.withRunSettings(120, s.seed(), 1));
        assertTrue(w.contains("instrument control starts in month 200, after the last month (120): it never acts"
                + " (variant late)"), w.toString());
        assertTrue(w.contains("instrument vocational_training trains artisans, and the population has none: it never"
                + " acts (variant trained)"), w.toString());
        assertEquals(List.of(), InertLevers.find(ScenarioLoader.load(Path.of("scenarios", "impose-vs-propose.yaml"))));
    }
}
