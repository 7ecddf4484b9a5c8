package org.clustersim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.Color;
import java.util.HashSet;
import java.util.Set;

import org.clustersim.model.ActorKind;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void everyKindHasItsOwnColour() {
        Set<Color> colours = new HashSet<>();
        for (ActorKind k : ActorKind.values()) {
            assertNotNull(Palette.kindColor(k), k.key());
            colours.add(Palette.kindColor(k));
        }
        assertEquals(ActorKind.values().length, colours.size());
    }

    @Test
    void variantColoursStartWithOkabeItoBlueAndCycle() {
        assertEquals(new Color(0x0072B2), Palette.variantColor(0));
        assertEquals(Palette.variantColor(0), Palette.variantColor(7));
    }
}
