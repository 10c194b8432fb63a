package se.lagesbild.demo;

import java.util.List;
import se.lagesbild.organisation.Activity;
import se.lagesbild.organisation.ActivityArea;
import se.lagesbild.organisation.Committee;
import se.lagesbild.organisation.CostType;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Unit;

/** The organisation of the reference report (Delårsrapport 2 2021, ASN). */
public final class DemoOrganisation {

    public static final String ADMINISTRATION_CODE = "ASF";
    public static final String ADMINISTRATION_NAME = "Arbetsmarknads- och socialförvaltningen";

    /** Spelling variants found in the reference report, with the enhet they mean. */
    public static final List<String[]> UNIT_ALIASES = List.of(
            new String[] {"Hästkons stöd- och boendenhet", "HSB"},
            new String[] {"Hästkons stöd- och boendeenhet", "HSB"},
            new String[] {"Hästscons stöd- och boendeenhet", "HSB"},
            new String[] {"Enheten för relationsvåld och mottagning barn och unga", "ERM"});

    private DemoOrganisation() {}

    public static Organisation organisation() {
        Committee committee = new Committee("ASN", "Arbetsmarknads- & socialnämnden");
        List<ActivityArea> areas = List.of(
                new ActivityArea("IFO", "ASN", "Individ & familjeomsorg", 1),
                new ActivityArea("CAI", "ASN", "Centrum för Arbete & integration", 2));
        List<Activity> activities = List.of(
                activity("GEM_IFO", "IFO", "Gemensamt IFO", 1),
                activity("MISSBRUK", "IFO", "Vård för vuxna med missbruksproblem", 2),
                activity("BARN_UNGDOM", "IFO", "Barn- och ungdomsvård", 3),
                activity("OVR_VUXNA", "IFO", "Övriga insatser till vuxna", 4),
                activity("EKB", "IFO", "Ekonomiskt bistånd", 5),
                activity("FAMILJERATT", "IFO", "Familjerätt och familjerådgivning", 6),
                activity("SOCPSYK", "IFO", "Socialpsykiatri", 7),
                activity("ENSAMKOMMANDE", "IFO", "Ensamkommande barn & ungdom", 8),
                activity("ARBETSMARKNAD", "CAI", "Arbetsmarknad", 1),
                activity("INTEGRATION", "CAI", "Integration", 2));
        List<Unit> units = List.of(
                unit("BUE", "Barn- och ungdomsenheten", 1),
                unit("CAI", "Centrum för arbete och integration", 2),
                unit("ERM", "Enheten för relationsvård och mottagning barn och unga", 3),
                unit("FVE", "Familjevårdsenheten med familjerätt", 4),
                unit("FSE", "Försörjningsstödsenheten", 5),
                unit("HSB", "Hästskons stöd- och boendeenhet", 6),
                unit("RE", "Resursenheten", 7),
                unit("ESP", "Enheten för socialpsykiatri", 8),
                unit("VE", "Vuxenenheten", 9),
                unit("FS", "Förvaltningsstöd", 10));
        List<CostType> costTypes = List.of(
                new CostType("INCOME", null, "Externa och interna intäkter", 1, true),
                new CostType("INCOME_COVID", "INCOME", "Statlig ersättning covid-19", 2, true),
                new CostType("INCOME_OTHER", "INCOME", "Övriga intäkter", 3, true),
                new CostType("PERSONNEL", null, "Personalkostnader", 4, false),
                new CostType("PURCHASED", null, "Kostnader för köp av verksamhet", 5, false),
                new CostType("OTHER_COSTS", null, "Övriga kostnader", 6, false),
                new CostType("GRANTS", "OTHER_COSTS", "Bidrag", 7, false),
                new CostType("INTERNAL", "OTHER_COSTS", "Interna kostnader", 8, false),
                new CostType("CONSULTANTS", "OTHER_COSTS", "Konsulter inkl inhyrd personal", 9, false),
                new CostType("RENTS", "OTHER_COSTS", "Hyror", 10, false),
                new CostType("OTHER_MISC", "OTHER_COSTS", "Övrigt", 11, false));
        return new Organisation(committee, areas, activities, units, costTypes);
    }

    private static Activity activity(String code, String area, String name, int sortOrder) {
        return new Activity(code, area, name, sortOrder, null, null);
    }

    private static Unit unit(String code, String name, int sortOrder) {
        return new Unit(code, ADMINISTRATION_CODE, name, sortOrder, true);
    }
}
