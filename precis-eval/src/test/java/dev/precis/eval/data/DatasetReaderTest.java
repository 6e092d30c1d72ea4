package dev.precis.eval.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {
    @TempDir
    Path dir;

    /** A cluster folder with one article and one reference; more files can be added to it. */
    private Path cluster(String name, String article, String reference) throws IOException {
        Path c = dir.resolve(name);
        Files.createDirectories(c.resolve("docs"));
        Files.createDirectories(c.resolve("references"));
        Files.writeString(c.resolve("docs/a.txt"), article);
        Files.writeString(c.resolve("references/alice.txt"), reference);
        return c;
    }

    @Test
    void genericLayout() throws IOException {
        Path c1 = cluster(
                "budget",
                "The council approved the budget on Monday.",
                "The council passed the budget.\nThe debate was long.\n");
        Files.writeString(
                c1.resolve("docs/b.html"), "<html><body><p>The budget passed after a long debate.</p></body></html>");
        Files.writeString(c1.resolve("topic.txt"), "the town budget\n");
        Files.createDirectories(dir.resolve("notes"));
        Dataset d = DatasetReader.read(dir);
        assertEquals(1, d.clusters().size());
        Cluster c = d.clusters().get(0);
        assertEquals("budget", c.id());
        assertEquals(2, c.documents().size());
        assertEquals(
                List.of("The council passed the budget.", "The debate was long."),
                c.references().get("alice.txt"));
        assertEquals("the town budget", c.topic());
        assertTrue(d.peers().isEmpty());
    }

    @Test
    void aFolderThatIsNoDatasetIsAClearError() throws IOException {
        Files.writeString(dir.resolve("x.txt"), "hello");
        IOException e = assertThrows(IOException.class, () -> DatasetReader.read(dir));
        assertTrue(e.getMessage().contains("holds no dataset"), e.getMessage());
    }

    @Test
    void clusterWithoutTopicIsGeneric() throws IOException {
        cluster("c", "Text.", "Text.");
        assertNull(DatasetReader.read(dir).clusters().get(0).topic());
    }
}
