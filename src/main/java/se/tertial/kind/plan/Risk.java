package se.tertial.kind.plan;

import java.util.Objects;
import se.tertial.model.SourceRef;

/**
 * A row of a plan's risk assessment (riskbedömning, {@code Riskbedömning} sheet): what may go wrong
 * for a framgångsfaktor, how likely and how severe, and what is done about it. Texts are in the
 * markdown subset of {@link Section}.
 *
 * @param nr the row's number as written ("1", "12")
 * @param perspective perspektiv, may be empty
 * @param goal strategiskt mål, may be empty
 * @param factor framgångsfaktor
 * @param risk vad kan hända som innebär att förväntad funktion eller resultat inte uppfylls
 * @param consequence vad blir det för konsekvens om risken inträffar
 * @param probability sannolikhet 1–4, null when not given
 * @param severity konsekvensgrad 1–4, null when not given
 * @param value riskvärde (sannolikhet × konsekvensgrad) as written, null when not given
 * @param cause orsaken till att risken inträffar
 * @param action vad behöver göras för att risken inte ska inträffa
 * @param control kontrollmetod: hur kontrolleras att åtgärden genomförs
 * @param where the row it was read from
 */
public record Risk(
    String nr,
    String perspective,
    String goal,
    String factor,
    String risk,
    String consequence,
    Integer probability,
    Integer severity,
    Integer value,
    String cause,
    String action,
    String control,
    SourceRef where) {
  public Risk {
    nr = Objects.requireNonNullElse(nr, "");
    perspective = Objects.requireNonNullElse(perspective, "");
    goal = Objects.requireNonNullElse(goal, "");
    factor = Objects.requireNonNullElse(factor, "");
    risk = Objects.requireNonNullElse(risk, "");
    consequence = Objects.requireNonNullElse(consequence, "");
    cause = Objects.requireNonNullElse(cause, "");
    action = Objects.requireNonNullElse(action, "");
    control = Objects.requireNonNullElse(control, "");
  }
}
