package se.lagesbild.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.lagesbild.base.Comments;
import se.lagesbild.base.Comments.Comment;
import se.lagesbild.base.Comments.Kind;
import se.lagesbild.base.Comments.Shown;
import se.lagesbild.base.Comments.Subject;
import se.lagesbild.support.LagesbildTest;

/**
 * The comments on the real MariaDB, in 2043 (a year no other test and no demo data use) and, for the
 * målområden, in months of 2020 no report test reads: versions with who and when, drafts from the
 * month before, the length the schema, the form and the service agree on, and who may write what.
 */
@LagesbildTest
class CommentServiceTest {

    private static final Subject EKB = new Subject(Kind.ACTIVITY, "EKB");
    private static final Subject BUE = new Subject(Kind.UNIT, "BUE");

    @Autowired
    CommentService comments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCorrectionIsANewVersionWithWhoAndWhenAndTheOldOneStays() {
        YearMonth period = YearMonth.of(2043, 3);
        comments.save(EKB, period, "Högre kostnader för bistånd än budgeterat.", "controller");
        comments.save(EKB, period, "  Högre kostnader för bistånd: fler hushåll.  ", "ledning");
        // unchanged text is no new version
        comments.save(EKB, period, "Högre kostnader för bistånd: fler hushåll.", "ledning");

        List<Comment> history = comments.history(EKB, period);
        assertThat(history).extracting(Comment::version).containsExactly(2, 1);
        assertThat(history).extracting(Comment::recordedBy).containsExactly("ledning", "controller");
        assertThat(history.getFirst().body()).isEqualTo("Högre kostnader för bistånd: fler hushåll.");
        assertThat(comments.shown(EKB, period).saved().body()).isEqualTo("Högre kostnader för bistånd: fler hushåll.");
        assertThat(comments.current(period)).containsKey(EKB);
        // the database keeps the first version and refuses to change it
        assertThatThrownBy(() -> jdbc.sql("update analysis_comment set body = 'x' where year = 2043")
                        .update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_event where kind = 'COMMENT' and period = '2043-03'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theNextMonthShowsTheTextAsADraftUntilItIsSaved() {
        Subject area = new Subject(Kind.AREA, "IFO");
        comments.save(area, YearMonth.of(2043, 5), "Placeringar ökar.", "controller");

        Shown june = comments.shown(area, YearMonth.of(2043, 6));
        assertThat(june.isDraft()).isTrue();
        assertThat(june.draft().period()).isEqualTo(YearMonth.of(2043, 5));
        assertThat(june.text()).isEqualTo("Placeringar ökar.");
        // a draft is no comment of June: neither in its list nor in its report
        assertThat(comments.current(YearMonth.of(2043, 6))).doesNotContainKey(area);

        comments.save(area, YearMonth.of(2043, 6), "Placeringar ökar, men långsammare.", "controller");
        Shown saved = comments.shown(area, YearMonth.of(2043, 6));
        assertThat(saved.isDraft()).isFalse();
        assertThat(saved.saved().body()).isEqualTo("Placeringar ökar, men långsammare.");
        // withdrawn in July: no comment and no draft
        comments.save(area, YearMonth.of(2043, 7), "", "controller");
        assertThat(comments.shown(area, YearMonth.of(2043, 7))).isEqualTo(Shown.NONE);
    }

    @Test
    void theLengthIsTheSchemasAndALongerCommentIsRefused() {
        assertThat(comments.schemaMaxLength()).isEqualTo(Comments.MAX_LENGTH);
        String longest = "a".repeat(Comments.MAX_LENGTH);
        assertThat(comments.save(EKB, YearMonth.of(2043, 8), longest, "controller")
                        .body())
                .hasSize(Comments.MAX_LENGTH);
        assertThatThrownBy(() -> comments.save(EKB, YearMonth.of(2043, 9), longest + "b", "controller"))
                .isInstanceOfSatisfying(
                        Comments.Refused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("comments.error.tooLong"));
        assertThat(comments.history(EKB, YearMonth.of(2043, 9))).isEmpty();
    }

    @Test
    void aCommentOnSomethingThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> comments.save(
                        new Subject(Kind.ACTIVITY, "FINNS_INTE"), YearMonth.of(2043, 10), "x", "controller"))
                .isInstanceOf(Comments.Refused.class);
        assertThatThrownBy(() -> comments.save(Subject.goalUnit(99, "BUE"), YearMonth.of(2020, 10), "x", "controller"))
                .isInstanceOf(Comments.Refused.class);
    }

    // ------------------------------------------------------------------------------ who may write

    @Test
    void controllerAndLedningWriteEveryComment() {
        YearMonth period = YearMonth.of(2043, 11);
        for (String user : List.of("controller", "ledning")) {
            for (Subject subject :
                    List.of(new Subject(Kind.COMMITTEE, "ASN"), new Subject(Kind.AREA, "IFO"), EKB, BUE)) {
                assertThat(comments.mayWrite(user, subject))
                        .as(user + " " + subject)
                        .isTrue();
                assertThat(comments.save(subject, period, "Av " + user, user).recordedBy())
                        .isEqualTo(user);
            }
        }
        assertThat(comments.save(new Subject(Kind.GOAL_AREA, "1"), YearMonth.of(2020, 11), "Mål", "ledning")
                        .version())
                .isEqualTo(1);
    }

    @Test
    void anEnhetschefWritesOnlyTheirOwnEnheter() {
        YearMonth period = YearMonth.of(2043, 12);
        assertThat(comments.save(BUE, period, "Fler anmälningar.", "enhetschef").recordedBy())
                .isEqualTo("enhetschef");
        assertThat(comments.save(Subject.goalUnit(1, "BUE"), YearMonth.of(2020, 12), "Vi når målet.", "enhetschef")
                        .body())
                .isEqualTo("Vi når målet.");
        for (Subject refused : List.of(
                new Subject(Kind.UNIT, "CAI"),
                Subject.goalUnit(1, "CAI"),
                new Subject(Kind.GOAL_AREA, "1"),
                EKB,
                new Subject(Kind.AREA, "IFO"),
                new Subject(Kind.COMMITTEE, "ASN"))) {
            YearMonth when = refused.kind().name().startsWith("GOAL") ? YearMonth.of(2020, 12) : period;
            assertThat(comments.mayWrite("enhetschef", refused))
                    .as(refused.toString())
                    .isFalse();
            assertThatThrownBy(() -> comments.save(refused, when, "Inte min", "enhetschef"))
                    .as(refused.toString())
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(comments.history(refused, when)).as(refused.toString()).isEmpty();
        }
    }

    @Test
    void theNamndAndTheAdminWriteNoComment() {
        for (String user : List.of("namnd", "admin")) {
            for (Subject subject : List.of(EKB, BUE, new Subject(Kind.GOAL_AREA, "2"))) {
                assertThatThrownBy(() -> comments.save(subject, YearMonth.of(2043, 2), "Nej", user))
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
        assertThat(comments.history(EKB, YearMonth.of(2043, 2))).isEmpty();
    }

    @Test
    void commentsForAPeriodComeInTheReportsOrderWithTheirNames() {
        YearMonth period = YearMonth.of(2043, 1);
        comments.save(BUE, period, "Utredningar", "controller");
        comments.save(EKB, period, "Bistånd", "controller");
        comments.save(new Subject(Kind.COMMITTEE, "ASN"), period, "Nämnden", "controller");
        comments.save(new Subject(Kind.AREA, "IFO"), period, "Området", "controller");

        assertThat(comments.commentsFor(2043, 1))
                .extracting(c ->
                        c.part() + " " + c.subjectName() + ": " + c.comment().body())
                .containsExactly(
                        "ECONOMY Arbetsmarknads- & socialnämnden: Nämnden",
                        "ECONOMY Individ & familjeomsorg: Området",
                        "ECONOMY Ekonomiskt bistånd: Bistånd",
                        "INVESTIGATIONS Barn- och ungdomsenheten: Utredningar");
    }
}
