package se.lagesbild.comments;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import se.lagesbild.base.ReportComments;

/**
 * The analysis beside the figures in the report: each comment of the period on the section whose
 * figures it explains (the nämnd's and an område's resultaträkning, a verksamhet's row of the
 * economy table, an enhet's row of utredningsvolymer, a målområde's row, an enhet's goals), so it is
 * frozen with the version and printed under that table in the PDF and the DOCX.
 */
@Component
class CommentsInReport implements ReportComments {

    private final CommentService comments;

    CommentsInReport(CommentService comments) {
        this.comments = comments;
    }

    @Override
    public List<Comment> comments(YearMonth period) {
        return comments.commentsFor(period.getYear(), period.getMonthValue()).stream()
                .map(c -> new Comment(
                        sectionKey(c),
                        rowLabel(c),
                        c.comment().body(),
                        c.comment().recordedBy(),
                        c.comment().recordedAt()))
                .toList();
    }

    private static String sectionKey(CommentService.PeriodComment c) {
        return switch (c.kind()) {
            case COMMITTEE -> "incomeStatement";
            case AREA -> "incomeStatement-" + c.comment().subject().key();
            case ACTIVITY -> "activities";
            case UNIT -> "volumes";
            case GOAL_AREA -> "goalAreas";
            case GOAL_UNIT -> "goalUnits";
        };
    }

    /** The row it explains as the table prints it; none for a resultaträkning, which the comment explains whole. */
    private static String rowLabel(CommentService.PeriodComment c) {
        return switch (c.kind()) {
            case COMMITTEE, AREA -> null;
            default -> c.subjectName();
        };
    }
}
