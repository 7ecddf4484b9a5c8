package org.clustersim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The impose-versus-propose answer must not be written into the rules: no source file of
 * {@code model.rules} names a preset or a mode ("impose", "propose", "preset", "mode"), nor
 * imports the policy package; the rules read the instruments in force only, through
 * {@code model.PolicyInForce}. The scan is of the sources, comments included, so that a rule's
 * documentation cannot describe a preset either.
 */
class RulesReadInstrumentsOnlyTest {
    private static final Path RULES = Path.of("src/main/java/org/clustersim/model/rules");
    private static final Pattern FORBIDDEN = Pattern.compile("(?i)\\b(impose[sd]?|propose[sd]?|presets?|modes?|PolicyMode)\\b"
            + "|(?-i:import org\\.clustersim\\.model\\.policy\\.)");

    @Test
    void noRuleNamesAPresetOrAModeOrImportsThePolicy() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(RULES)) {
            files = s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no rule found under " + RULES);
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = FORBIDDEN.matcher(lines.get(i));
                if (m.find()) {
                    found.add(f.getFileName() + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        assertTrue(FORBIDDEN.matcher("if (policy.mode() == PolicyMode.IMPOSE) {").find());
        assertTrue(FORBIDDEN.matcher("import org.clustersim.model.policy.Decree;").find());
        assertFalse(FORBIDDEN.matcher("import org.clustersim.model.PolicyInForce;").find());
        assertFalse(FORBIDDEN.matcher("the modelled proposal").find(), "whole words only");
    }
}
