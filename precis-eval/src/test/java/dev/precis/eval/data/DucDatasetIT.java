package dev.precis.eval.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Shared;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DUC 2006 benchmark read in its own layout. */
class DucDatasetIT {
    @Test
    void ducLayout() throws IOException {
        Dataset d = DatasetReader.read(Shared.duc2006());
        assertEquals(30, d.clusters().size());
        Cluster first = d.clusters().get(0);
        assertEquals("D0601A", first.id());
        assertEquals(25, first.documents().size());
        assertEquals(
                List.of("A", "B", "C", "E"),
                first.references().keySet().stream().sorted().toList());
        assertTrue(
                first.topic().startsWith("Native American Reservation System - pros and cons. Discuss conditions"),
                first.topic());
        for (Cluster c : d.clusters()) {
            assertEquals(4, c.references().size(), c.id());
            assertEquals(25, c.documents().size(), c.id());
            assertTrue(d.peers().get(c.id()).keySet().containsAll(List.of("1", "24", "35")), c.id());
        }
        assertEquals("A", DatasetReader.assessor(Shared.duc2006().resolve("models"), "D0601"));
    }
}
