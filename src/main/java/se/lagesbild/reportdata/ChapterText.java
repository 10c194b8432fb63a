package se.lagesbild.reportdata;

import java.time.Instant;
import java.time.YearMonth;

/** A version of a chapter's text (Markdown) for a period: who saved it, when and from where. */
public record ChapterText(
        long id,
        Chapter chapter,
        YearMonth period,
        String markdown,
        Instant recordedAt,
        String recordedBy,
        String source) {}
