package dev.precis.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.model.Document;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every article of the DUC 2006 benchmark read from its SGML files. */
class DucIngestIT {
    private final Ingestor ingestor = new Ingestor();

    @Test
    void ducSgmlClustersOfTheBenchmark() {
        IngestResult r = ingestor.ingest(List.of(dev.precis.Shared.duc2006().resolve("docs")));
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertEquals(750, r.documents().size());
        for (Document d : r.documents()) {
            assertFalse(d.body().isBlank(), d.id());
            assertFalse(d.body().contains("<P>") || d.body().contains("</P>"), d.id());
            assertTrue(d.published() != null, "every DUC article is dated: " + d.id());
        }
        Document first = r.documents().stream()
                .filter(d -> d.id().equals("APW19990707.0181"))
                .findFirst()
                .orElseThrow();
        assertEquals("Clinton Focuses on American Indians", first.title());
        assertEquals(LocalDate.of(1999, 7, 7), first.published());
        assertEquals("Associated Press", first.source());
        assertTrue(
                first.body().startsWith("PINE RIDGE, S.D. (AP) -- President Clinton turned the attention of his"),
                first.body());
        assertTrue(
                first.body().contains("\u201CWelcome President Clinton. Remember Our Treaties,\u201D"),
                "DUC ``quotes'' become real quotes");
    }
}
