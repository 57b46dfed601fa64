package se.tertial.text;

import static se.tertial.rules.Fixtures.T1_2021;
import static se.tertial.rules.Fixtures.T1_2022;
import static se.tertial.rules.Fixtures.measure;
import static se.tertial.rules.Fixtures.outcome;

import java.util.List;
import java.util.Map;
import se.tertial.model.Action;
import se.tertial.model.ActionState;
import se.tertial.model.ActionStatus;
import se.tertial.model.Judgement;
import se.tertial.model.Period;
import se.tertial.model.Polarity;
import se.tertial.model.Report;
import se.tertial.model.SourceRef;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.Fixtures;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.ReportEvaluator;

/** A hand-built evaluation with every rule type, a manual override, findings and an action. */
final class SampleEvaluation {
  private SampleEvaluation() {}

  static ReportEvaluation build() {
    var measures =
        List.of(
            measure("M01", "100 % i dec", Polarity.HIGHER_IS_BETTER, "%"),
            measure("M02", "Öka", Polarity.UNSPECIFIED, "st"),
            measure("M03", "K 16,0 M 17,2", Polarity.LOWER_IS_BETTER, "%"),
            measure("M04", "7%", Polarity.LOWER_IS_BETTER, "%"),
            measure("M05", "Minska med 50% jmf 2020", Polarity.UNSPECIFIED, "st"),
            measure("M06", "I nivå med riket", Polarity.HIGHER_IS_BETTER, "%", "45 %", Map.of()),
            measure("M07", "0,0", Polarity.HIGHER_IS_BETTER, "mnkr"),
            measure("M08", "Öka", Polarity.UNSPECIFIED, ""),
            measure("M09", "70%", Polarity.UNSPECIFIED, "%"));
    var outcomes =
        List.of(
            outcome("M01", T1_2022, "41", "41", null),
            outcome("M02", T1_2021, "12", "7", null),
            outcome("M02", T1_2022, "29", "4", null),
            outcome("M03", T1_2021, "15.8", "16.2", null),
            outcome("M03", T1_2022, "14.5", "14.7", null),
            outcome("M04", T1_2022, null, null, "8.4", "", Judgement.PARTLY_MET),
            outcome("M05", Period.yearEnd(2020), null, null, "4"),
            outcome("M05", T1_2022, "1", "0", "1"),
            outcome("M06", T1_2022, null, null, "47"),
            outcome("M07", T1_2022, null, null, "-17.7"),
            outcome("M08", T1_2022, null, null, null, "Data saknas", null),
            outcome("M09", T1_2022, "20", "19", null));
    var where = new SourceRef("enhet.xlsx", "Åtgärder", 3, null);
    var actions =
        List.of(
            new Action("1", "Medborgare", "En god vård", "Införa PKS", "", "", "", "", where),
            new Action("2", "Medborgare", "En god vård", "Säkra flöden", "", "", "", "", where));
    var statuses =
        List.of(
            new ActionStatus(
                "1", T1_2022, ActionState.ON_TRACK, "Pågår", "Piloten är påbörjad.", where));
    Report report =
        new Report(
            Fixtures.info(T1_2022, null, null), measures, outcomes, actions, statuses, List.of());
    return new ReportEvaluator(EvaluationOptions.defaults()).evaluate(report, T1_2022);
  }
}
