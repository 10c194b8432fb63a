package se.lagesbild.gettingstarted;

import java.util.List;
import org.springframework.stereotype.Service;
import se.lagesbild.base.SetupRoutes;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.FactKind;
import se.lagesbild.goals.GoalService;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.security.Users;

/**
 * Kom igång: the steps that set Lägesbild up from an empty database, in order, each computed from
 * what the services hold (never ticked by hand), and where each is done.
 */
@Service
public class GettingStarted {

    /** A step, its translation key ({@code gettingStarted.step.<key>} and {@code ….detail}) and where it is done. */
    public enum Step {
        ORGANISATION("organisation", SetupRoutes.ORGANISATION),
        COST_TYPES("costTypes", SetupRoutes.COST_TYPES),
        BUDGET("budget", SetupRoutes.ECONOMY),
        ACTUALS("actuals", SetupRoutes.ECONOMY),
        GOALS("goals", SetupRoutes.GOALS),
        USERS("users", SetupRoutes.USERS);

        private final String key;
        private final String route;

        Step(String key, String route) {
            this.key = key;
            this.route = route;
        }

        public String titleKey() {
            return "gettingStarted.step." + key;
        }

        public String detailKey() {
            return "gettingStarted.step." + key + ".detail";
        }

        public String route() {
            return route;
        }
    }

    /** A step and whether it is done. */
    public record StepState(Step step, boolean done) {}

    /** What is there, as the steps read it. */
    public record Facts(
            boolean organisation, boolean costTypes, boolean budget, boolean actuals, boolean goals, long users) {}

    private final OrganisationService organisation;
    private final EconomyService economy;
    private final GoalService goals;
    private final Users users;

    GettingStarted(OrganisationService organisation, EconomyService economy, GoalService goals, Users users) {
        this.organisation = organisation;
        this.economy = economy;
        this.goals = goals;
        this.users = users;
    }

    /** The steps in order, each with whether it is done now. */
    public List<StepState> steps() {
        return steps(facts());
    }

    /** Whether every step is done. */
    public boolean complete() {
        return steps().stream().allMatch(StepState::done);
    }

    /**
     * The steps for what is there: an organisation with a nämnd, verksamheter and enheter; kostnadsslag;
     * a budget and an utfall of some year; goal areas of some year; users besides the first admin.
     */
    public static List<StepState> steps(Facts facts) {
        return List.of(
                new StepState(Step.ORGANISATION, facts.organisation()),
                new StepState(Step.COST_TYPES, facts.costTypes()),
                new StepState(Step.BUDGET, facts.budget()),
                new StepState(Step.ACTUALS, facts.actuals()),
                new StepState(Step.GOALS, facts.goals()),
                new StepState(Step.USERS, facts.users() > 1));
    }

    private Facts facts() {
        Organisation current = organisation.organisation();
        boolean hasOrganisation = !organisation.isEmpty()
                && !current.activities().isEmpty()
                && !current.units().isEmpty();
        boolean budget = economy.periods().stream()
                .map(period -> period.getYear())
                .distinct()
                .anyMatch(year -> economy.hasFacts(FactKind.BUDGET, year));
        return new Facts(
                hasOrganisation,
                !current.costTypes().isEmpty(),
                budget,
                economy.latestPeriod().isPresent(),
                !goals.periods().isEmpty(),
                users.activeCount());
    }
}
