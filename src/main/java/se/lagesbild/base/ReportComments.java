package se.lagesbild.base;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Comments beside the report's figures (analysis of a verksamhet's deviation, of an enhet's
 * investigations, of a målområde), supplied by the features that hold them. The report asks every
 * bean of this type when it builds a period's report and puts each comment on its section, so the
 * comments are frozen with the figures and printed in the PDF and the DOCX under the section's table.
 */
public interface ReportComments {

    /** The comments in force for the period. */
    List<Comment> comments(YearMonth period);

    /**
     * A comment: the report section it belongs to (ReportSection's key, e.g. "activities",
     * "incomeStatement-IFO", "goalAreas", "volumes"), the row it explains (the row's label as printed, or
     * null for the section as a whole), its text (Markdown), who wrote it and when.
     */
    record Comment(String sectionKey, String rowLabel, String text, String author, Instant at) {}
}
