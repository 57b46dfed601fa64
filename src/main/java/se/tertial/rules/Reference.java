package se.tertial.rules;

import java.util.Objects;
import se.tertial.model.Polarity;

/**
 * "I nivå med riket", "Bättre än riket", "Låg och stabil nivå jfr med andra regioner": judged
 * against a comparison value (the {@code Jämförelse} column or an outcome row such as {@code
 * M12:riket}).
 *
 * @param text as written
 * @param kind what the outcome must be relative to the reference
 * @param reference what is compared with, as written ("riket", "andra regioner")
 * @param better the better direction; UNSPECIFIED when neither the words nor Riktning say
 */
public record Reference(String text, ReferenceKind kind, String reference, Polarity better)
    implements TargetRule {
  public Reference {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(better, "better");
  }

  @Override
  public String type() {
    return "reference";
  }

  @Override
  public Polarity impliedPolarity() {
    return better;
  }
}
