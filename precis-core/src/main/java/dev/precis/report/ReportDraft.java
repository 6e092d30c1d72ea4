package dev.precis.report;

import dev.precis.model.Disagreement;
import dev.precis.model.Entity;
import dev.precis.model.Quote;
import dev.precis.model.TimelineEntry;
import java.util.List;

/** The report's parts while its {@link Annotator}s fill them in; a part no annotator filled stays empty. */
public final class ReportDraft {
    public List<Entity> entities = List.of();
    public List<Quote> quotes = List.of();
    public List<TimelineEntry> timeline = List.of();
    public List<Disagreement> disagreements = List.of();
}
