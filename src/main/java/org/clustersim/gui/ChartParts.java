package org.clustersim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Locale;
import org.clustersim.model.Stage;
import org.clustersim.output.Palette;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;

/** The axes and lines the live charts and the compare window share, so that they read alike. */
final class ChartParts {
    private ChartParts() {
    }

    /** A 0..1 axis for shares and indices. */
    static NumberAxis shareAxis() {
        NumberAxis share = new NumberAxis("share / index");
        share.setRange(0, 1);
        return share;
    }

    /** Lines for the four trends of {@link LiveCharts#TRENDS}, in the palette's first colours. */
    static XYLineAndShapeRenderer trendLines() {
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (int k = 0; k < LiveCharts.TRENDS.size(); k++) {
            lines.setSeriesPaint(k, Palette.variantColor(k));
            lines.setSeriesStroke(k, new BasicStroke(2f));
        }
        return lines;
    }

    /** The stage axis: one tick per {@link Stage}, named. */
    static SymbolAxis stageAxis() {
        String[] stages = new String[Stage.values().length];
        for (Stage s : Stage.values()) {
            stages[s.code()] = s.name().toLowerCase(Locale.ROOT);
        }
        SymbolAxis axis = new SymbolAxis("stage", stages);
        axis.setRange(-0.4, stages.length - 0.6);
        return axis;
    }

    /** The stage as a dark step line, out of the legend. */
    static XYStepRenderer stageStep() {
        XYStepRenderer step = new XYStepRenderer();
        step.setSeriesPaint(0, Color.DARK_GRAY);
        step.setSeriesStroke(0, new BasicStroke(2.5f));
        step.setDefaultSeriesVisibleInLegend(false);
        return step;
    }
}
