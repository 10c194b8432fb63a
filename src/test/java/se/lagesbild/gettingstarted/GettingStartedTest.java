package se.lagesbild.gettingstarted;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.gettingstarted.GettingStarted.Facts;
import se.lagesbild.gettingstarted.GettingStarted.Step;
import se.lagesbild.gettingstarted.GettingStarted.StepState;
import se.lagesbild.support.LagesbildTest;

/** Kom igång's steps as the services see them: every one done on the demo database. */
@LagesbildTest
class GettingStartedTest {

    @Autowired
    GettingStarted gettingStarted;

    @Test
    void onTheDemoDatabaseEveryStepIsDoneInOrder() {
        assertThat(gettingStarted.steps())
                .extracting(StepState::step)
                .containsExactly(Step.ORGANISATION, Step.COST_TYPES, Step.BUDGET, Step.ACTUALS, Step.GOALS, Step.USERS);
        assertThat(gettingStarted.steps()).allMatch(StepState::done);
        assertThat(gettingStarted.complete()).isTrue();
    }

    @Test
    void eachStepIsDoneByWhatItNeedsAndUsersByMoreThanTheFirstAdmin() {
        assertThat(done(new Facts(false, false, false, false, false, 1))).isEmpty();
        assertThat(done(new Facts(true, true, false, false, false, 1)))
                .containsExactly(Step.ORGANISATION, Step.COST_TYPES);
        assertThat(done(new Facts(true, true, true, false, false, 1)))
                .containsExactly(Step.ORGANISATION, Step.COST_TYPES, Step.BUDGET);
        assertThat(done(new Facts(false, false, false, true, true, 2)))
                .containsExactly(Step.ACTUALS, Step.GOALS, Step.USERS);
    }

    private static List<Step> done(Facts facts) {
        return GettingStarted.steps(facts).stream()
                .filter(StepState::done)
                .map(StepState::step)
                .toList();
    }
}
