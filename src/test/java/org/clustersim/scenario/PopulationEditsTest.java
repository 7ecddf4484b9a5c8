package org.clustersim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clustersim.model.ActorSpec;
import org.clustersim.model.ModelConfig;
import org.clustersim.model.RelationSpec;
import org.clustersim.model.policy.EventSpec;
import org.clustersim.scenario.yaml.Problem;
import org.clustersim.scenario.yaml.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Population edits over the shipped mechanical scenario (19 entries, 57 actors, 19 relations of
 * which 8 name the CCI, 4 joint ventures): each edit's result counted by hand from the file, and
 * the order of the errors an edit causes.
 */
class PopulationEditsTest {
    @TempDir
    Path dir;

    /** Writes {@code what-if.yaml} in {@code dir}: the text after a line extending the shipped mechanical scenario. */
    static Path whatIf(Path dir, String text) throws Exception {
        Path f = dir.resolve("what-if.yaml");
        Files.writeString(f, "extends: " + Path.of("scenarios", "mecanique.yaml").toAbsolutePath() + "\n" + text);
        return f;
    }

    private Scenario load(String text) throws Exception {
        return ScenarioLoader.load(whatIf(dir, text));
    }

    private List<Problem> problems(String text) {
        return assertThrows(ScenarioException.class, () -> load(text)).problems();
    }

    private static ModelConfig only(Scenario s) {
        return s.variants().get(0).config();
    }

    private static ActorSpec actor(ModelConfig c, String name) {
        return c.actors().stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
    }

    private static boolean names(RelationSpec r, String n) {
        return r.from().equals(n) || r.to().equals(n);
    }

    @Test
    void addKeepsTheBaseAndAddsTheActorAndItsRelation() throws Exception {
        ModelConfig c = only(load("""
                actors:
                  add: [{name: UNIV2, kind: university, site: city_centre, openness: 0.6}]
                relations:
                  add: [{between: [UNIV2, sme], trust: 0.5}]
                """));
        assertEquals(20, c.actors().size());
        assertEquals(0.6, actor(c, "UNIV2").openness());
        assertEquals(20, c.relations().size());
        assertEquals(4, c.events().size());
    }

    @Test
    void removingTheCciTakesItsRelationsAndItsCoordination() throws Exception {
        Scenario s = load("actors: {remove: [CCI]}\n");
        ModelConfig c = only(s);
        assertEquals(18, c.actors().size());
        assertEquals(null, actor(c, "CCI"));
        assertEquals(11, c.relations().size());
        assertTrue(c.relations().stream().noneMatch(r -> names(r, "CCI")));
        assertEquals(List.of(), c.policy().coordinators());
        assertEquals("MIM", c.policy().promoter());
        assertTrue(s.changes().get(0).contains("removed CCI"), s.changes().toString());
        assertTrue(s.changes().get(1).contains("policy.coordinators CCI"), s.changes().toString());
    }

    @Test
    void removingAKindRemovesItsActorsTheirRelationsAndTheJointVentures() throws Exception {
        ModelConfig c = only(load("actors: {remove: [foreign_partner, other_cluster]}\n"));
        assertEquals(13, c.actors().size());
        assertEquals(List.of(), c.events());
        // [other_cluster, CCI] names the kind, which is gone: it goes too.
        assertEquals(18, c.relations().size());
    }

    @Test
    void aChangeSetsOnlyTheFieldsItNamesOnEveryEntryItCovers() throws Exception {
        ModelConfig c = only(load("actors: {change: {CCI: {openness: 0.5}, sme: {count: 25}}}\n"));
        ActorSpec cci = actor(c, "CCI");
        assertEquals(0.5, cci.openness());
        assertEquals(0.8, cci.appropriation());
        assertEquals(25, actor(c, "sme_ain_smara").count());
        assertEquals(25, actor(c, "sme_oued_hamimime").count());
        assertEquals(0.3, actor(c, "sme_ain_smara").rivalry());
        assertEquals(19, c.actors().size());
    }

    @Test
    void relationsAndEventsAreEditedByWhatIdentifiesThem() throws Exception {
        ModelConfig c = only(load("""
                relations:
                  remove: [[state_firm, state_firm]]
                  change: [{between: [sme, UC1], trust: 0.7}]
                events:
                  remove: [{type: joint_venture, actors: [ETRAG, AGCO]}]
                  change: [{match: {actors: [EMO, DAIMLER]}, month: 13}]
                  add: [{month: 40, type: removal, actors: [CCI]}]
                """));
        assertEquals(18, c.relations().size());
        RelationSpec uc1 = c.relations().stream().filter(r -> names(r, "UC1") && names(r, "sme")).findFirst()
                .orElseThrow();
        assertEquals(0.7, uc1.trust());
        assertEquals(0.5, uc1.density());
        List<Integer> months = c.events().stream().map(EventSpec::month).toList();
        assertEquals(List.of(13, 24, 30, 40), months);
    }

    @Test
    void replacingTheWholeListIsSaidExplicitly() throws Exception {
        ModelConfig c = only(load("""
                actors:
                  replace:
                    - {name: MIM, kind: ministry, site: algiers}
                    - {name: CLUSTER, kind: cluster_association, site: city_centre, active: false}
                    - {name: firms, kind: sme, site: ain_smara, count: 4}
                relations: {replace: [{between: [MIM, sme], trust: 0.5}]}
                events: {replace: []}
                policy: {coordinators: [MIM]}
                """));
        assertEquals(List.of("MIM", "CLUSTER", "firms"), c.actors().stream().map(ActorSpec::name).toList());
        assertEquals(1, c.relations().size());
    }

    @Test
    void theIssuesFileReportsTheUnknownKindFirstAndNothingInTheBaseFile() {
        List<Problem> p = problems("actors:\n  - {name: BANK, kind: bank, site: city_centre}\n");
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).message().startsWith("unknown value 'bank' for 'kind'"), p.toString());
        assertEquals(3, p.get(0).position().line());
        assertTrue(p.get(1).message().contains("would replace the 19 actors"), p.toString());
        assertTrue(p.get(1).message().contains("actors: {add: [...]}"), p.toString());
        assertTrue(p.stream().allMatch(x -> x.position().file().endsWith("what-if.yaml")), p.toString());
    }

    @Test
    void anEditsOwnMistakesComeBeforeWhatItBreaks() {
        List<Problem> p = problems("""
                actors:
                  remove: [MIM, WILAYAH]
                  add: [{name: X, kind: sme, site: moon, count: -3}]
                """);
        List<String> m = p.stream().map(Problem::message).toList();
        assertEquals(3, p.size(), m.toString());
        assertTrue(m.get(0).startsWith("unknown value 'moon' for 'site'"), m.toString());
        assertTrue(m.get(1).startsWith("'count' must be between 1"), m.toString());
        assertTrue(m.get(2).startsWith("no actor, group or kind 'WILAYAH' to remove; did you mean 'WILAYA'?"),
                m.toString());
    }

    @Test
    void whatARemovalBreaksIsOneMessageAtTheRemoval() {
        List<Problem> p = problems("actors: {remove: [MIM]}\n");
        assertEquals(1, p.size(), p.toString());
        assertEquals(2, p.get(0).position().line());
        assertTrue(p.get(0).position().file().endsWith("what-if.yaml"));
        assertTrue(p.get(0).message().startsWith("removing 'MIM' breaks what cannot do without it: policy.promoter ("),
                p.toString());
        assertTrue(p.get(0).message().contains("mecanique.yaml:" + lineOf("  promoter: MIM") + ":13)"), p.toString());
    }

    @Test
    void aBrokenReferenceCanBeMendedInTheSameFile() throws Exception {
        assertEquals("GIZ", only(load("actors: {remove: [MIM]}\npolicy: {promoter: GIZ}\n")).policy().promoter());
    }

    @Test
    void editsNameWhatTheyMeanOrSayWhy() {
        List<String> m = problems("""
                actors:
                  ad: []
                  change: {CCI: {name: CCI2}, CCJ: {openness: 0.1}}
                events: {remove: [{type: entry}]}
                """).stream().map(Problem::message).toList();
        assertTrue(m.stream().anyMatch(x -> x.startsWith("unknown key 'ad'") && x.contains("did you mean 'add'")),
                m.toString());
        assertTrue(m.stream().anyMatch(x -> x.startsWith("a change cannot rename 'CCI'")), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.startsWith("no actor, group or kind 'CCJ' to change")), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.startsWith("no item of 'events' matches {type: entry}")), m.toString());
    }

    @Test
    void editsNeedABase() throws Exception {
        Path f = dir.resolve("alone.yaml");
        Files.writeString(f, "description: d\nactors: {add: [{name: A, kind: sme, site: bardo}]}\n");
        List<Problem> p = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f)).problems();
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).message().contains("need a base: say 'extends: FILE' first"), p.toString());
    }

    /** The 1-based line of mecanique.yaml that starts with {@code prefix}. */
    private static int lineOf(String prefix) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("scenarios/mecanique.yaml"));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(prefix)) {
                    return i + 1;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no line " + prefix + " in mecanique.yaml");
    }
}
