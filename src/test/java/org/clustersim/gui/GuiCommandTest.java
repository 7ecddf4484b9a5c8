package org.clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.clustersim.cli.Main;
import org.junit.jupiter.api.Test;

/** {@code clustersim gui} without a display says what to do and exits with 2 (bad usage). */
class GuiCommandTest {
    @Test
    void withoutADisplayTheCommandExplainsAndExitsWith2() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "a display is there");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute("gui");
        } finally {
            System.setErr(err);
        }
        assertEquals(Main.BAD_INPUT, code);
        String message = captured.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("clustersim gui needs a display (try xvfb-run -a ./clustersim gui)"), message);
    }
}
