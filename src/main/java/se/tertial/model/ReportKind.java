package se.tertial.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document tertial renders, chosen by {@code Rapporttyp} in the Rapport sheet or by
 * {@code --kind}. Each kind has its own sheets (read), its own data ({@link KindData}), its own
 * view model and its own template {@code <id>.ftl}; {@code docs/architecture.md} lists the places a
 * new kind touches. The switches over this enum are exhaustive, so the compiler points at each of
 * them.
 */
public enum ReportKind {
  /** Bilaga till delårsrapport: judged measures and actions (seed 000). */
  DELARSBILAGA("delarsbilaga"),
  /**
   * Återkoppling på RD-uppdrag: items under Ärende/fråga with work and results (seeds 001, 003).
   */
  UPPDRAGSATERKOPPLING("uppdragsaterkoppling"),
  /** Månadsuppföljning av uppdrag: one box per assignment (seed 004). */
  MANADSUPPFOLJNING("manadsuppfoljning"),
  /** Verksamhetsplan: goals, styrmått with baselines and year targets, budget tables (seed 002). */
  VERKSAMHETSPLAN("verksamhetsplan");

  private final String id;

  ReportKind(String id) {
    this.id = id;
  }

  /**
   * The name written in {@code Rapporttyp} and used for the template, e.g. {@code
   * manadsuppfoljning}.
   */
  public String id() {
    return id;
  }

  /** The template's file name, {@code <id>.ftl}. */
  public String template() {
    return id + ".ftl";
  }

  /**
   * The kind a {@code Rapporttyp} value names, case- and accent-insensitively ("Månadsuppföljning"
   * is {@link #MANADSUPPFOLJNING}); empty for a name of no built-in kind.
   */
  public static Optional<ReportKind> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String lower = name.strip().toLowerCase(Locale.ROOT);
    String key =
        Normalizer.normalize(lower, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[\\s_\\-]", "");
    for (ReportKind kind : values()) {
      if (kind.id.equals(key)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
