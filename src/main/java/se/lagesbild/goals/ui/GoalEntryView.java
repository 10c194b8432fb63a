package se.lagesbild.goals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lagesbild.base.Assessment;
import se.lagesbild.base.SetupRoutes;
import se.lagesbild.base.TextLimits;
import se.lagesbild.base.ui.AssessmentBadge;
import se.lagesbild.base.ui.Choices;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.base.ui.LiveUpdates;
import se.lagesbild.base.ui.PeriodSelect;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.base.ui.SetupNotice;
import se.lagesbild.base.ui.TextBounds;
import se.lagesbild.goals.GoalEntry;
import se.lagesbild.goals.GoalEntry.IndicatorEntry;
import se.lagesbild.goals.GoalEntry.UnitMonthEntry;
import se.lagesbild.goals.GoalEntryException;
import se.lagesbild.goals.GoalHistory;
import se.lagesbild.goals.GoalService;
import se.lagesbild.goals.GoalYear;
import se.lagesbild.goals.Indicator;
import se.lagesbild.goals.UnitOfMeasure;
import se.lagesbild.live.Change;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Topic;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.security.Role;

/**
 * The enhetschef's month ({@code /mal/registrera?enhet=BUE&period=2021-09}): each indicator's outcome,
 * comment and optional manual colour; Save writes new versions, all or nothing, and the month can be marked
 * klar. Others' changes of the enhet's year update the month's status and show a notice, but never the
 * fields, so nothing typed is lost; the form reloads after a save.
 */
@RolesAllowed({Role.ENHETSCHEF_NAME, Role.LEDNING_NAME, Role.CONTROLLER_NAME})
@Route("mal/registrera")
class GoalEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GoalService goals;
    private final GoalEntry goalEntry;
    private final GoalHistory histories;
    private final OrganisationService organisation;
    private final H1 heading = new H1();
    private final Select<String> unitSelect = new Select<>();
    private final PeriodSelect periodSelect = new PeriodSelect(GoalEntryView.class);
    private final Paragraph status = new Paragraph();
    private final Div form = new Div();
    private final Div errors = new Div();
    private final List<Row> rows = new ArrayList<>();
    private final Button save = new Button();
    private final Button submit = new Button();
    private String unitCode;
    private YearMonth period;

    /** The fields of one indicator. */
    private record Row(
            Indicator indicator,
            HasValue<?, BigDecimal> outcome,
            HasValidation validity,
            TextArea comment,
            Select<Assessment> manual) {}

    GoalEntryView(
            GoalService goals,
            GoalEntry goalEntry,
            GoalHistory histories,
            OrganisationService organisation,
            ChangeBroadcaster broadcaster) {
        this.goals = goals;
        this.goalEntry = goalEntry;
        this.histories = histories;
        LiveUpdates.bind(
                this,
                broadcaster,
                Set.of(Topic.GOALS),
                this::concerns,
                changes -> showStatus(goals.year(period.getYear())));
        this.organisation = organisation;
        addClassName("goal-entry-view");
        unitSelect.setLabel(getTranslation("goals.entry.unit"));
        unitSelect.addClassName("unit-select");
        unitSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(GoalEntryView.class, parameters(e.getValue(), period));
            }
        });
        Div header = new Div(heading, unitSelect, periodSelect);
        header.addClassName("view-header");
        save.setText(getTranslation("goals.entry.save"));
        save.addClickListener(e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-month");
        submit.setText(getTranslation("goals.entry.submit"));
        submit.addClickListener(e -> submit());
        submit.addClassName("submit-month");
        errors.addClassName("entry-errors");
        errors.getElement().setAttribute("role", "alert");
        status.addClassName("entry-status");
        add(header, status, errors, form, new Div(save, submit));
    }

    static QueryParameters parameters(String unitCode, YearMonth period) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put(GoalsView.UNIT, List.of(unitCode));
        map.put(Periods.PARAM, List.of(period.toString()));
        return new QueryParameters(map);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> units = organisation.organisation().units().stream()
                .map(u -> u.code())
                .filter(goals::mayComment)
                .toList();
        period = Periods.from(event.getLocation()).or(goals::latestPeriod).orElse(YearMonth.now());
        unitCode = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(GoalsView.UNIT)
                .filter(units::contains)
                .orElse(units.isEmpty() ? null : units.getFirst());
        Choices.offer(unitSelect, units, this::unitName);
        if (unitCode != null) {
            unitSelect.setValue(unitCode);
        }
        periodSelect.show(period, goals.periods());
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(
                        "goals.entry.title",
                        unitCode == null ? "" : unitName(unitCode),
                        Periods.label(period, getLocale()))
                + " – " + getTranslation("app.name");
    }

    private void load() {
        heading.setText(getTranslation("goals.entry.title", unitName(unitCode), Periods.label(period, getLocale())));
        errors.removeAll();
        form.removeAll();
        rows.clear();
        if (unitCode == null) {
            // no enhet this user may enter for: none set up, or none given to the user
            boolean anyUnits = !organisation.organisation().units().isEmpty();
            form.add(new SetupNotice(
                    getTranslation(anyUnits ? "goals.entry.noUnitsOfYours" : "goals.entry.noUnits"),
                    getTranslation(anyUnits ? "setup.link.users" : "setup.link.organisation"),
                    anyUnits ? SetupRoutes.USERS : SetupRoutes.ORGANISATION,
                    getTranslation("setup.link.gettingStarted"),
                    SetupRoutes.GETTING_STARTED));
            status.setText("");
            save.setVisible(false);
            submit.setVisible(false);
            return;
        }
        save.setVisible(true);
        GoalYear year = goals.year(period.getYear());
        int month = period.getMonthValue();
        submit.setVisible(goals.mayWrite(unitCode));
        showStatus(year);
        GoalHeatmaps.Texts texts = GoalHeatmaps.Texts.of(this, organisation);
        List<Indicator> indicators = year.indicatorsOf(unitCode);
        Map<Long, String> comments = goals.comments(unitCode, period);
        if (indicators.isEmpty()) {
            form.add(new SetupNotice(
                    getTranslation("goals.entry.noIndicators"), getTranslation("setup.link.goals"), SetupRoutes.GOALS));
            save.setVisible(false);
        }
        for (Indicator indicator : indicators) {
            GoalYear.IndicatorAssessment current = year.indicator(indicator.id(), month);
            Div box = new Div();
            box.addClassNames("card", "indicator-entry");
            // the indicator's fields as a group named by its heading: "Utfall" of which indicator
            H2 name = new H2(year.areaOf(indicator).shortName() + ": " + indicator.name());
            name.setId("indicator-" + indicator.id());
            box.getElement().setAttribute("role", "group");
            box.getElement().setAttribute("aria-labelledby", name.getId().orElseThrow());
            box.add(name);
            box.add(new Span(getTranslation(
                    "goals.entry.target",
                    GoalHeatmaps.outcome(texts, indicator, indicator.target()),
                    GoalHeatmaps.rule(texts, indicator),
                    getTranslation(
                            "goals.entry.computed",
                            AssessmentBadge.symbol(current.computed()) + " " + texts.word(current.computed())))));
            boolean mayWrite = goals.mayWrite(unitCode);
            Component outcome = outcomeInput(indicator, current.outcome(), mayWrite);
            TextArea comment = new TextArea(getTranslation("goals.drill.comment"));
            comment.setValue(comments.getOrDefault(
                    indicator.id(), current.manualComment() == null ? "" : current.manualComment()));
            comment.setWidthFull();
            comment.addClassName("entry-comment");
            TextBounds.limit(comment, TextLimits.COMMENT);
            Select<Assessment> manual = new Select<>();
            manual.setLabel(getTranslation("goals.entry.manual"));
            manual.setItems(Assessment.GREEN, Assessment.YELLOW, Assessment.RED);
            manual.setEmptySelectionAllowed(true);
            manual.setEmptySelectionCaption(getTranslation("goals.entry.noManual"));
            manual.setItemLabelGenerator(a -> a == null
                    ? getTranslation("goals.entry.noManual")
                    : AssessmentBadge.symbol(a) + " " + texts.word(a));
            manual.setValue(current.manual());
            manual.addClassName("entry-manual");
            manual.setReadOnly(!mayWrite);
            box.add(new Div(outcome, manual), comment);
            Details history = new Details(getTranslation("goals.entry.history"));
            UnorderedList list = new UnorderedList();
            histories
                    .history(indicator.id(), period)
                    .forEach(h -> list.add(new ListItem(UnitMonthDrill.historyLine(texts, indicator, h))));
            if (list.getChildren().findAny().isEmpty()) {
                list.add(new ListItem(getTranslation("goals.history.empty")));
            }
            history.add(list);
            box.add(history);
            form.add(box);
            @SuppressWarnings("unchecked")
            HasValue<?, BigDecimal> value = (HasValue<?, BigDecimal>) outcome;
            rows.add(new Row(indicator, value, (HasValidation) outcome, comment, manual));
        }
    }

    /**
     * The outcome's input: a Ja/Nej choice (a radio group) for a yes/no indicator, else a number field
     * showing the figure as entered, without trailing decimals ("80", "12,5", not "80,000").
     */
    private Component outcomeInput(Indicator indicator, BigDecimal current, boolean mayWrite) {
        if (indicator.unitOfMeasure() == UnitOfMeasure.YES_NO) {
            RadioButtonGroup<BigDecimal> choice = new RadioButtonGroup<>(getTranslation("goals.entry.outcome"));
            choice.setItems(BigDecimal.ONE, BigDecimal.ZERO);
            choice.setItemLabelGenerator(v -> getTranslation(v.signum() > 0 ? "goals.entry.yes" : "goals.entry.no"));
            choice.setValue(current == null ? null : current.signum() > 0 ? BigDecimal.ONE : BigDecimal.ZERO);
            choice.addClassNames("entry-outcome", "entry-yes-no");
            choice.setReadOnly(!mayWrite);
            return choice;
        }
        BigDecimalField field = new BigDecimalField(getTranslation("goals.entry.outcome"));
        field.setHelperText(
                getTranslation("goals.entry.unit." + indicator.unitOfMeasure().name()));
        field.setValue(plain(current));
        field.addClassName("entry-outcome");
        field.setReadOnly(!mayWrite);
        return field;
    }

    /** A figure without trailing zero decimals (the database keeps three). */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A change of this enhet's (or every enhet's) data of the year shown. */
    private boolean concerns(Change change) {
        return unitCode != null
                && change.concerns(period.getYear())
                && (change.scope() == null || change.scope().code().equals(unitCode));
    }

    private void showStatus(GoalYear year) {
        status.setText(year.submission(unitCode, period.getMonthValue())
                .map(s -> getTranslation("goals.drill.submitted", s.by(), s.at().toString()))
                .orElse(getTranslation("goals.drill.notSubmitted")));
    }

    private void save() {
        errors.removeAll();
        rows.forEach(r -> r.validity().setInvalid(false));
        List<IndicatorEntry> entries = rows.stream()
                .map(r -> new IndicatorEntry(
                        r.indicator().id(),
                        r.outcome().getValue(),
                        r.comment().getValue(),
                        r.manual().getValue()))
                .toList();
        try {
            int written = goalEntry.saveMonth(new UnitMonthEntry(unitCode, period, entries), CurrentUser.name());
            notice(getTranslation("goals.entry.saved", String.valueOf(written)), NotificationVariant.LUMO_SUCCESS);
            load();
        } catch (GoalEntryException e) {
            for (GoalEntryException.Problem problem : e.problems()) {
                String text = getTranslation(problem.key(), (Object[]) problem.arguments());
                errors.add(new Paragraph(text));
                rows.stream()
                        .filter(r -> r.indicator().id() == problem.indicatorId())
                        .forEach(r -> {
                            r.validity().setInvalid(true);
                            r.validity().setErrorMessage(text);
                        });
            }
            notice(getTranslation("goals.entry.refused"), NotificationVariant.LUMO_ERROR);
        }
    }

    private void submit() {
        goalEntry.markSubmitted(unitCode, period, CurrentUser.name());
        notice(getTranslation("goals.entry.submitted"), NotificationVariant.LUMO_SUCCESS);
        load();
    }

    private void notice(String text, NotificationVariant variant) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_END).addThemeVariants(variant);
    }

    private String unitName(String code) {
        if (code == null) {
            return getTranslation("goals.entry.noUnit");
        }
        return organisation.organisation().unit(code).map(u -> u.name()).orElse(code);
    }
}
