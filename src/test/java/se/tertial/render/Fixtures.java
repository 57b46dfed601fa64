package se.tertial.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.tertial.model.Action;
import se.tertial.model.ActionState;
import se.tertial.model.ActionStatus;
import se.tertial.model.Judgement;
import se.tertial.model.JudgementSettings;
import se.tertial.model.Measure;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Polarity;
import se.tertial.model.Report;
import se.tertial.model.ReportInfo;
import se.tertial.model.SampleInfo;
import se.tertial.model.Section;
import se.tertial.model.Sex;
import se.tertial.model.SourceRef;
import se.tertial.rules.MeasureJudgement;
import se.tertial.rules.NotAssessable;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.SexJudgement;
import se.tertial.rules.Trend;

/**
 * A small hand-built report and evaluation (until the reader and the rule engine land): per-sex
 * measures, a "Data saknas", a negative mnkr value, actions with statuses, free texts.
 */
public final class Fixtures {
  static final Period T1 = Period.tertial(2022, 1);
  static final SourceRef WHERE = new SourceRef("fixture.csv", null, 1, null);

  private Fixtures() {}

  public static ReportEvaluation evaluation() {
    return evaluation(List.of());
  }

  /** The evaluation, with extra sections (e.g. hostile text) added to the report. */
  public static ReportEvaluation evaluation(List<Section> extraSections) {
    ReportInfo info =
        SampleInfo.sampleUnit(T1)
            .title("Bilaga till delårsrapport per april 2022")
            .publicationDate(LocalDate.of(2022, 5, 31))
            .build();
    List<Measure> measures =
        List.of(
            measure("M01", "Medborgare", "Andel som väntat 90 dagar", "100 % i dec", "%", "4"),
            measure("M03", "Medborgare", "Antal patienter som fått fråga om våld", "Öka", "antal"),
            measure("M06", "Verksamhet", "Andel utskrivningsklara >1 dygn (%)", "7%", "%"),
            measure("M13", "Ekonomi", "Verksamhet inom budget", "0,0", "mnkr"),
            measure("M14", "Ekonomi", "Produktivitet utifrån KPP", "Öka", ""));
    List<Outcome> outcomes =
        List.of(
            outcome("M01", T1, "41", "41", null, "", "Kommentar med **fet** text."),
            outcome(
                "M03", T1, "29", "4", null, "", "Divisionens verksamheter har ett lågt resultat."),
            outcome("M03", Period.tertial(2021, 1), "12", "7", null, "", ""),
            outcome("M06", T1, null, null, "8.4", "", "Första stycket.\n\nAndra stycket."),
            outcome("M13", T1, null, null, "-17.7", "", "Se Ekonomiavsnitt i delårsrapport."),
            outcome("M14", T1, null, null, null, "Data saknas", "Informationsunderlag saknas."));
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("Inledning", "Inledning", "I denna bilaga presenteras mål.", WHERE));
    sections.add(new Section("Produktion", "Produktion", "Produktionen ökar.", WHERE));
    sections.add(
        new Section("Tillgänglighet", "Tillgänglighet", "- första punkt\n- andra punkt", WHERE));
    sections.add(
        new Section(
            "Måluppfyllelse", "Måluppfyllelse i perspektiv", "Balanserad styrning.", WHERE));
    sections.add(
        new Section(
            "Perspektiv: Medborgare", "Medborgare", "Perspektivet Medborgare beskriver.", WHERE));
    sections.add(
        new Section(
            "Efter perspektiv: Ekonomi", "Ekonomi", "Kommentarer till övriga mått.", WHERE));
    sections.addAll(extraSections);
    List<Action> actions =
        List.of(
            action("1", "Medborgare", "Införa produktions- och kapacitetsplanering (PKS)"),
            action("2", "Medborgare", "Säkra effektiva patientflöden"),
            action("8", "Verksamhet", "Förflyttning mot öppna vårdformer"),
            action("37", "Ekonomi", "Genomföra ytterfallsgranskning"));
    List<ActionStatus> statuses =
        List.of(
            status("1", ActionState.ON_TRACK, "Piloten är påbörjad."),
            status("2", ActionState.DEVIATING, "Försenad."),
            status("8", ActionState.DONE, "Klart."));
    Report report = new Report(info, measures, outcomes, actions, statuses, sections);
    List<MeasureJudgement> judged =
        List.of(
            bySex(report, measures.get(0), Judgement.NOT_MET, Judgement.PARTLY_MET, Trend.UNKNOWN),
            bySex(report, measures.get(1), Judgement.MET, Judgement.NOT_MET, Trend.IMPROVED),
            total(report, measures.get(2), Judgement.NOT_MET, Trend.WORSENED),
            total(report, measures.get(3), Judgement.NOT_MET, Trend.UNCHANGED),
            total(report, measures.get(4), Judgement.NOT_ASSESSED, Trend.UNKNOWN));
    return new ReportEvaluation(report, T1, JudgementSettings.of(report.info()), judged, List.of());
  }

  private static Measure measure(
      String id, String perspective, String name, String target, String unit) {
    return measure(id, perspective, name, target, unit, "");
  }

  private static Measure measure(
      String id, String perspective, String name, String target, String unit, String footnote) {
    return new Measure(
        id,
        perspective,
        "Strategiskt mål för " + perspective,
        "Framgångsfaktor " + id,
        name,
        target,
        Polarity.HIGHER_IS_BETTER,
        unit,
        "DÅ04,08,ÅR",
        "",
        "",
        footnote,
        Map.of(),
        WHERE);
  }

  private static Outcome outcome(
      String id,
      Period period,
      String women,
      String men,
      String total,
      String text,
      String comment) {
    return new Outcome(id, period, dec(women), dec(men), dec(total), text, comment, null, WHERE);
  }

  private static BigDecimal dec(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  private static Action action(String nr, String perspective, String title) {
    return new Action(
        nr,
        perspective,
        "En god vård med hög tillgänglighet",
        title,
        "Varje verksamhetsområde tar fram en plan.",
        "VO-chefer",
        "Under tertial 1.",
        "Ökad tillgänglighet.",
        WHERE);
  }

  private static ActionStatus status(String nr, ActionState state, String comment) {
    return new ActionStatus(nr, T1, state, state.label(), comment, WHERE);
  }

  private static MeasureJudgement bySex(
      Report report, Measure measure, Judgement women, Judgement men, Trend trend) {
    Optional<Outcome> outcome = report.outcome(measure.id(), T1);
    Judgement overall = women.rank() < men.rank() ? women : men;
    return new MeasureJudgement(
        measure,
        outcome,
        new NotAssessable(measure.target(), "fixture"),
        overall,
        overall,
        Optional.empty(),
        trend,
        Map.of(
            Sex.WOMEN, new SexJudgement(outcome.get().women(), null, women, trend),
            Sex.MEN, new SexJudgement(outcome.get().men(), null, men, trend)),
        "fixture");
  }

  private static MeasureJudgement total(
      Report report, Measure measure, Judgement judgement, Trend trend) {
    Optional<Outcome> outcome = report.outcome(measure.id(), T1);
    return new MeasureJudgement(
        measure,
        outcome,
        new NotAssessable(measure.target(), "fixture"),
        judgement,
        judgement,
        Optional.empty(),
        trend,
        Map.of(Sex.TOTAL, new SexJudgement(null, null, judgement, trend)),
        "fixture");
  }
}
