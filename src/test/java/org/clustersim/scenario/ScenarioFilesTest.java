package org.clustersim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ActorSpec;
import org.clustersim.model.ModelConfig;
import org.clustersim.model.Param;
import org.clustersim.model.policy.Charter;
import org.clustersim.model.policy.CharterRule;
import org.clustersim.model.policy.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that every scenario shipped in {@code scenarios/} loads and validates, and that what
 * they load is what the files say: the mechanical cluster's population, policy and events, and
 * the impose-vs-propose experiment's two variants with the expected policy modes over the
 * inherited mechanical scenario.
 */
class ScenarioFilesTest {

    static Stream<Path> shippedScenarios() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            files = s.filter(ScenarioLoader::isScenarioFile).sorted().toList();
        }
        assertEquals(7, files.size(), files.toString());
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedScenarios")
    void everyShippedScenarioLoads(Path file) throws Exception {
        Scenario s = ScenarioLoader.load(file);
        assertFalse(s.description().isBlank());
        assertFalse(s.variants().isEmpty());
        assertTrue(s.steps() >= 1 && s.replications() >= 1);
        for (Variant v : s.variants()) {
            assertFalse(v.config().actors().isEmpty(), v.name());
        }
    }

    @Test
    void policyMixHasTheArmsAndAResolutionIvFraction() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios", "policy-mix.yaml"));
        List<String> names = s.variants().stream().map(Variant::name).toList();
        assertEquals(List.of("none", "propose", "impose"), names.subList(0, 3));
        assertEquals(19, names.size(), "3 arms and 2^(8-4) rows");
        assertEquals(4, s.factorial().design().resolution());
        assertEquals(List.of("awareness", "voluntary_membership", "decree", "assigned_partners", "control", "voice",
                "charter", "promise"), s.factorial().factors());
        assertEquals("mix[none]", names.get(3));
        assertEquals(keys("charter"), keys(s.variant("none").config().policy()), "none keeps mecanique's charter");
        assertTrue(keys(s.variant("mix[none]").config().policy()).isEmpty(), "a low level removes the instrument");
        for (int r = 0; r < s.factorial().design().runs(); r++) {
            var policy = s.variant(s.factorial().variants().get(r)).config().policy();
            for (int k = 0; k < 8; k++) {
                boolean present = !policy.instruments(s.factorial().factors().get(k)).isEmpty();
                assertEquals(s.factorial().design().level(r, k) > 0, present, "row " + r + ", factor " + k);
            }
        }
    }

    @Test
    void mecaniqueLoadsAsWritten() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios", "mecanique.yaml"));
        assertEquals("mecanique", s.name());
        assertEquals(120, s.steps());
        assertEquals(20110101L, s.seed());
        assertEquals(1, s.replications());
        assertEquals(List.of(Scenario.BASELINE), s.variants().stream().map(Variant::name).toList());
        ModelConfig c = s.variants().get(0).config();
        int smes = c.actors().stream().filter(a -> a.kind() == ActorKind.SME).mapToInt(ActorSpec::count).sum();
        assertEquals(40, smes);
        assertEquals("propose", c.policy().preset());
        assertEquals(keys("awareness", "voluntary_membership", "voice", "charter"), keys(c.policy()));
        assertTrue(c.policy().instruments().stream().allMatch(i -> i.window().start() == 25), "from the policy's start");
        assertEquals(25, c.policy().start());
        assertEquals("MIM", c.policy().promoter());
        assertEquals(List.of("CCI"), c.policy().coordinators());
        assertEquals(List.of(ActorKind.SME, ActorKind.STATE_FIRM), c.policy().targets());
        assertEquals(CharterRule.CONSENSUS, ((Charter) c.policy().instruments("charter").get(0)).rule());
        assertEquals(4, c.events().size());
        assertTrue(c.events().stream().allMatch(e -> e.type() == EventType.JOINT_VENTURE));
        assertEquals(List.of("ETRAG", "AGCO"), c.events().get(0).actors());
        assertEquals(36, c.parameters().get(Param.TURNOVER_PERIOD), 0.0);
        assertEquals(Param.TRUST_GAIN.defaultValue(), c.parameters().get(Param.TRUST_GAIN), 0.0);
    }

    @Test
    void experimentHasProposeAndImposeVariants() throws Exception {
        Path file = Path.of("scenarios", "impose-vs-propose.yaml");
        Scenario s = ScenarioLoader.load(file);
        assertEquals("impose-vs-propose", s.name());
        assertEquals(30, s.replications());
        assertEquals(20180101L, s.seed());
        assertEquals(120, s.steps(), "inherited from mecanique.yaml");
        assertEquals(List.of(file, Path.of("scenarios", "mecanique.yaml")), s.sources());
        assertEquals(List.of("propose", "impose"), s.variants().stream().map(Variant::name).toList());
        assertEquals(keys("awareness", "voluntary_membership", "voice", "charter"), keys(s.variants().get(0).config().policy()));
        assertEquals(keys("decree", "assigned_partners", "control", "charter"), keys(s.variants().get(1).config().policy()));
        for (Variant v : s.variants()) {
            // only the preset is overridden: the rest of the policy and the population are inherited
            assertEquals(25, v.config().policy().start(), v.name());
            assertEquals("MIM", v.config().policy().promoter(), v.name());
            assertEquals("CLUSTER", v.config().policy().association(), v.name());
            assertEquals(CharterRule.CONSENSUS, ((Charter) v.config().policy().instruments("charter").get(0)).rule());
            assertEquals(4, v.config().events().size(), v.name());
        }
        assertEquals(s.variants().get(0).config().actors(), s.variants().get(1).config().actors());
        assertEquals(s.variants().get(0).config().relations(), s.variants().get(1).config().relations());
    }

    private static java.util.Set<String> keys(String... keys) {
        return java.util.Set.of(keys);
    }

    private static java.util.Set<String> keys(org.clustersim.model.policy.PolicySpec p) {
        return p.instruments().stream().map(org.clustersim.model.policy.Instrument::key)
                .collect(java.util.stream.Collectors.toSet());
    }
}
