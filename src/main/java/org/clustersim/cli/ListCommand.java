package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.clustersim.scenario.Scenario;
import org.clustersim.calibration.CalibrationFile;
import org.clustersim.explore.ExplorationFile;
import org.clustersim.scenario.Presets;
import org.clustersim.scenario.ScenarioLoader;
import org.clustersim.scenario.yaml.YNode;
import org.clustersim.scenario.yaml.YScalar;
import org.clustersim.scenario.yaml.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clustersim list}: the shipped scenarios with the first sentence of each description. */
@Command(name = "list", description = "List the shipped scenarios with a one-line description each.")
final class ListCommand implements Callable<Integer> {
    @Option(names = "--dir", description = "folder to list (default: the scenarios folder of the installation)")
    Path dir;

    @Override
    public Integer call() throws IOException {
        Path d = dir != null ? dir : Path.of(System.getProperty("clustersim.home", ".")).resolve("scenarios");
        if (!Files.isDirectory(d)) {
            System.err.println("clustersim: no scenarios folder at " + d);
            return Main.BAD_INPUT;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(d)) {
            // Policy presets are not scenarios: they are listed apart, with what they expand into.
            files = s.filter(ScenarioLoader::isScenarioFile).filter(f -> !f.getParent().endsWith("policies"))
                    .sorted().toList();
        }
        for (Path f : files) {
            String line;
            try {
                line = ExplorationFile.isExplorationFile(f) ? "(" + ExplorationFile.load(f).summary() + ")"
                        : CalibrationFile.isCalibrationFile(f) ? "(" + CalibrationFile.load(f).summary() + ")"
                        : firstSentence(ScenarioLoader.load(f).description());
            } catch (ScenarioException e) {
                line = "(invalid: " + e.problems().get(0).message() + ")";
            }
            System.out.printf("%-40s %s%n", d.relativize(f), line);
        }
        for (String preset : Presets.NAMES) {
            System.out.printf("%-40s %s%n", "policy preset: " + preset, presetLine(preset));
        }
        return Main.OK;
    }

    private static String presetLine(String preset) {
        try {
            YNode description = Presets.read(preset).get("description");
            return description instanceof YScalar t ? firstSentence(t.text()) : "";
        } catch (ScenarioException e) {
            return "(invalid: " + e.problems().get(0).message() + ")";
        }
    }

    static String firstSentence(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        int dot = t.indexOf(". ");
        return dot < 0 ? t : t.substring(0, dot + 1);
    }
}
