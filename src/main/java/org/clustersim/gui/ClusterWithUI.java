package org.clustersim.gui;

import java.awt.Color;
import java.net.URL;
import javax.swing.JFrame;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.ModelConfig;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Stoppable;
import sim.portrayal.Inspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * The MASON GUI of clustersim, the third part of MASON's model / agents / {@code WithUI} split:
 * a network display of the actors on a schematic map of Constantine, live charts of the key
 * metrics, and the policy {@link Levers} in the console's Model tab.
 *
 * <p>The GUI only reads the model and changes it through its public API. Its observer, which
 * refreshes the network fields and the charts, runs after each complete month through
 * {@link #scheduleRepeatingImmediatelyAfter}, outside the model's schedule, and draws nothing
 * random. It must stay off the model's schedule: any extra entry there, even alone at
 * {@link ClusterModel#ORDER_OBSERVERS}, changes the layout of MASON's schedule heap, hence the
 * order in which the actors come out of it before they are shuffled, hence the run. So a run
 * with the GUI gives the same numbers as a headless run of the same scenario and seed.
 */
public class ClusterWithUI extends GUIState {
    private static final int DISPLAY_WIDTH = 1000;
    private static final int DISPLAY_HEIGHT = (int) Math.round(DISPLAY_WIDTH * SiteLayout.HEIGHT / SiteLayout.WIDTH);

    private final NetworkFields fields = new NetworkFields();
    private final ContinuousPortrayal2D actorPortrayal = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D tiePortrayal = new NetworkPortrayal2D();
    private final MapPortrayal mapPortrayal = new MapPortrayal(fields);
    private final MapPortrayal.SiteNames siteNames = new MapPortrayal.SiteNames(fields);
    private final Levers levers;
    /** The run's seed in full: MASON's console and {@code SimState.seed()} keep only its low 32 bits. */
    private final long seed;
    private ModelConfig scenario;
    private String scenarioName;
    private int months;
    private Display2D display;
    private JFrame displayFrame;
    private LiveCharts charts;
    private Stoppable observer;

    /**
     * A GUI on a model, whose configuration is the scenario the levers start from; the console
     * pauses each run after {@code months} months (the scenario's {@code steps}).
     */
    public ClusterWithUI(ClusterModel model, int months) {
        this(model, model.seed(), "scenario", months);
    }

    /**
     * The same, for a model built with {@code seed} (all 64 bits of it), the scenario named
     * {@code name} in the charts' labels.
     */
    public ClusterWithUI(ClusterModel model, long seed, String name, int months) {
        super(model);
        this.seed = seed;
        this.scenario = model.config();
        this.scenarioName = name;
        this.months = months;
        this.levers = new Levers(model);
    }

    public static String getName() {
        return "clustersim: cluster emergence in Constantine";
    }

    /** The About page of the console: what the model is and what to look at. */
    public static Object getInfo() {
        URL about = ClusterWithUI.class.getResource("about.html");
        return about != null ? about : "<p>clustersim: about.html is missing from the jar.</p>";
    }

    @Override
    public Object getSimulationInspectedObject() {
        return levers;
    }

    /** The Model tab refreshes every month, so that the stage and the last event stay current. */
    @Override
    public Inspector getInspector() {
        Inspector i = super.getInspector();
        i.setVolatile(true);
        return i;
    }

    /**
     * The seed of the runs: the one the GUI was built with, unless the console's seed field was
     * changed since (the console keeps 32 bits, so a changed seed is compared on those).
     */
    public long seed() {
        long console = model().seed();
        return (int) console == (int) seed ? seed : console;
    }

    /** The model this GUI shows. */
    public ClusterModel model() {
        return (ClusterModel) state;
    }

    /** Uses another scenario from the next start on, forgetting the levers' changes. */
    public void useScenario(String name, ModelConfig config, int scenarioMonths) {
        scenario = config;
        scenarioName = name;
        months = scenarioMonths;
        levers.reset();
    }

    @Override
    public void start() {
        ClusterModel m = model();
        m.reconfigure(levers.applyTo(scenario));
        reseed(m);
        super.start();
        setUp(m);
        if (controller instanceof Console console) {
            console.setWhenShouldPause(months);
        }
    }

    @Override
    public void load(SimState loaded) {
        super.load(loaded);
        setUp(model());
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(DISPLAY_WIDTH, DISPLAY_HEIGHT, this);
        display.setBackdrop(Color.WHITE);
        display.attach(mapPortrayal, "Map");
        display.attach(tiePortrayal, "Trust ties");
        display.attach(siteNames, "Site names");
        display.attach(actorPortrayal, "Actors");
        displayFrame = display.createFrame();
        displayFrame.setTitle("clustersim: network of actors");
        displayFrame.setLocation(0, 0);
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        charts = new LiveCharts();
        charts.frame().setLocation(displayFrame.getWidth(), 0);
        c.registerFrame(charts.frame());
        charts.frame().setVisible(true);
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        if (charts != null) {
            charts.frame().dispose();
        }
        displayFrame = null;
        display = null;
        charts = null;
    }

    /** The scenario the levers start from, as loaded (without the levers' changes). */
    ModelConfig scenario() { return scenario; }

    int months() { return months; }

    Levers levers() { return levers; }

    /** What the run shown is: the scenario and the levers changed, as the charts label it. */
    String runLabel() {
        String changes = levers.summary();
        return scenarioName + (changes.isEmpty() ? "" : " with " + changes);
    }

    /** Redraws the network and its month and stage from the model as it is now (not while playing). */
    void refreshDisplays() {
        if (display != null && fields.model() != null) {
            fields.update(model());
            display.repaint();
        }
    }

    Display2D display() { return display; }

    LiveCharts charts() { return charts; }

    NetworkFields fields() { return fields; }

    private void setUp(ClusterModel m) {
        fields.reset(m);
        actorPortrayal.setField(fields.actors());
        actorPortrayal.setPortrayalForAll(new ActorPortrayal());
        tiePortrayal.setField(new SpatialNetwork2D(fields.actors(), fields.ties()));
        tiePortrayal.setPortrayalForAll(new TrustEdgePortrayal());
        charts.restart(months, runLabel());
        charts.record(m);
        if (observer != null) {
            observer.stop();
        }
        observer = scheduleRepeatingImmediatelyAfter(s -> {
            fields.update(m);
            charts.record(m);
        });
        display.reset();
        display.repaint();
    }

    /**
     * MASON's console seeds the model with {@code setSeed(long)}, which keeps only 32 bits of the
     * seed; the model seeds its generator with all 64 ({@link ClusterModel}'s constructor). Seeding
     * it the model's way again, with the full {@link #seed()}, makes a console run equal to a
     * headless run of the same seed.
     */
    private void reseed(ClusterModel m) {
        long s = seed();
        m.random.setSeed(new int[] {(int) s, (int) (s >>> 32)});
    }
}
