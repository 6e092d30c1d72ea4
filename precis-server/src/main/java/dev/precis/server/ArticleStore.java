package dev.precis.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.Json;
import dev.precis.group.StoryClusterer;
import dev.precis.model.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The service's articles and the story each joined, in an embedded H2 database on local disk. A
 * batch is one transaction, committed and written through (no write delay) before {@link #add}
 * returns, so whatever the API acknowledged survives a restart or a killed process.
 */
class ArticleStore implements AutoCloseable {
    private static final ObjectMapper JSON = Json.MAPPER;

    /** An article as stored: the cleaned document and its story number. */
    /** @param received when the service acknowledged it (the epoch for articles stored before this was kept) */
    record Stored(Document document, int story, java.time.Instant received) {}

    private final Connection connection;
    private final Path directory;

    ArticleStore(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
            String url = "jdbc:h2:file:" + directory.resolve("precis").toAbsolutePath() + ";WRITE_DELAY=0";
            connection = DriverManager.getConnection(url, "sa", "");
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS article (seq BIGINT AUTO_INCREMENT PRIMARY KEY,"
                        + " id VARCHAR(2000) NOT NULL UNIQUE, story INT NOT NULL,"
                        + " document CHARACTER VARYING NOT NULL)");
                // Added with update summaries (what is new since a reader's last visit); older rows have none.
                s.execute("ALTER TABLE article ADD COLUMN IF NOT EXISTS received TIMESTAMP WITH TIME ZONE");
                // A merge moves a story's rows: found by story, not by scanning the table.
                s.execute("CREATE INDEX IF NOT EXISTS article_story ON article (story)");
                keepDocumentsInRow(s);
            }
            connection.setAutoCommit(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the store folder " + directory, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the store in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Older stores kept each document as a CLOB, which H2 writes to a separate LOB
     * store (about twice the time of the commit itself); they are converted once, in place.
     */
    private static void keepDocumentsInRow(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_NAME = 'ARTICLE' AND COLUMN_NAME = 'DOCUMENT'")) {
            if (!rs.next() || !rs.getString(1).contains("LARGE OBJECT")) {
                return;
            }
        }
        s.execute("ALTER TABLE article ALTER COLUMN document SET DATA TYPE CHARACTER VARYING");
    }

    /** Articles as the store keeps them, by id: serialised before the commit, by the request that brought them. */
    static Map<String, String> serialized(List<Document> documents) {
        Map<String, String> out = new HashMap<>();
        for (Document d : documents) {
            try {
                out.putIfAbsent(
                        d.id(), JSON.writeValueAsString(d)); // a repeated id is a duplicate: the first is placed
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("an article cannot be written as JSON: " + e.getOriginalMessage(), e);
            }
        }
        return out;
    }

    /**
     * Stores placements in one transaction (one commit for several requests' articles: the service
     * groups the writes that wait while one is committed). Each placement in order: the stored
     * articles of the stories its placing merged move to the story that took them, then its
     * articles are inserted.
     *
     * @param documents each placed article as {@link #serialized} wrote it, by id
     */
    synchronized void add(List<StoryIndex.Placed> placements, Map<String, String> documents) throws SQLException {
        if (placements.stream().allMatch(p -> p.batch().isEmpty() && p.merges().isEmpty())) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO article (id, story, document, received) VALUES (?, ?, ?, ?)");
                PreparedStatement move = connection.prepareStatement("UPDATE article SET story = ? WHERE story = ?")) {
            for (StoryIndex.Placed p : placements) {
                for (StoryClusterer.Merge m : p.merges()) {
                    move.setInt(1, m.into());
                    move.setInt(2, m.from());
                    move.executeUpdate();
                }
                for (Stored s : p.batch()) {
                    insert.setString(1, s.document().id());
                    insert.setInt(2, s.story());
                    insert.setString(
                            3,
                            java.util.Objects.requireNonNull(
                                    documents.get(s.document().id()), "an article placed without its serialised form"));
                    insert.setObject(4, java.time.OffsetDateTime.ofInstant(s.received(), java.time.ZoneOffset.UTC));
                    insert.addBatch();
                }
                insert.executeBatch(); // before the next placement's moves, which may move these rows
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    /** Every stored article in the order it arrived. */
    synchronized List<Stored> all() throws SQLException {
        List<Stored> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT story, document, received FROM article ORDER BY seq")) {
            while (rs.next()) {
                java.time.OffsetDateTime received = rs.getObject(3, java.time.OffsetDateTime.class);
                out.add(new Stored(
                        JSON.readValue(rs.getString(2), Document.class),
                        rs.getInt(1),
                        received == null ? java.time.Instant.EPOCH : received.toInstant()));
            }
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored article cannot be read back: " + e.getOriginalMessage(), e);
        }
        connection.commit();
        return out;
    }

    Path location() {
        return directory;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing: nothing left to save
        }
    }
}
