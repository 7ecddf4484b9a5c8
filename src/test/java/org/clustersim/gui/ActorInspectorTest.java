package org.clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javax.swing.SwingUtilities;
import org.clustersim.model.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The actor inspector lists every acquaintance, most trusted first, and follows the run. */
class ActorInspectorTest {
    private GuiHarness h;

    @AfterEach
    void close() throws Exception {
        if (h != null) {
            h.dispose();
        }
    }

    @Test
    void barsListEveryAcquaintanceMostTrustedFirstAndFollowTheRun() throws Exception {
        h = GuiHarness.open("dinanderie.yaml");
        h.start();
        Actor cam = h.model.actors().stream().filter(a -> a.getName().equals("CAM")).findFirst().orElseThrow();
        ActorView view = new ActorView(h.model, cam);
        ActorInspector[] inspector = new ActorInspector[1];
        SwingUtilities.invokeAndWait(() -> inspector[0] = new ActorInspector(view, h.gui));
        List<ActorView.TrustLine> before = inspector[0].lines();
        assertEquals(cam.ties().size(), before.size());
        for (int k = 1; k < before.size(); k++) {
            assertTrue(before.get(k - 1).trust() >= before.get(k).trust(), "sorted at " + k);
        }
        ActorView.TrustLine top = before.get(0);
        int id = h.model.actors().stream().filter(a -> a.getName().equals(top.name())).findFirst().orElseThrow()
                .getId();
        assertEquals(cam.ties().trustIn(id), top.trust(), 0.0);
        h.run(24);
        SwingUtilities.invokeAndWait(inspector[0]::updateInspector);
        assertTrue(!before.equals(inspector[0].lines()), "two years later the trusts have moved");
    }
}
