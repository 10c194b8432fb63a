package se.lagesbild.base.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import se.lagesbild.base.Assessment;

/**
 * A bedömning as a coloured chip that also carries a symbol and the word, so colour is never the
 * only carrier of meaning: "✓ Grön", "! Gul", "✕ Röd", "– Inget utfall".
 */
public class AssessmentBadge extends Span {

    public AssessmentBadge(Assessment assessment) {
        addClassNames("rag", "rag-" + assessment.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        setText(symbol(assessment) + " " + getTranslation("assessment." + assessment.name()));
    }

    public static String symbol(Assessment assessment) {
        return switch (assessment) {
            case GREEN -> "✓";
            case YELLOW -> "!";
            case RED -> "✕";
            case NO_OUTCOME -> "–";
        };
    }
}
