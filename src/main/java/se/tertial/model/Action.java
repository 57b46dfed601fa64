package se.tertial.model;

import java.util.Objects;

/**
 * A strategic åtgärd (action) of the unit.
 *
 * @param nr its number as printed (1, 2, … or "3a")
 * @param perspective the perspective it is listed under
 * @param goal the goal (mål, usually a framgångsfaktor) it serves
 * @param title the action itself (Åtgärd)
 * @param description beskrivning av genomförande
 * @param responsible ansvarig
 * @param timeline tidplan
 * @param expectedEffect förväntad effekt
 * @param where the row it was read from
 */
public record Action(
    String nr,
    String perspective,
    String goal,
    String title,
    String description,
    String responsible,
    String timeline,
    String expectedEffect,
    SourceRef where) {

  public Action {
    Objects.requireNonNull(nr, "nr");
    perspective = Objects.requireNonNullElse(perspective, "");
    goal = Objects.requireNonNullElse(goal, "");
    title = Objects.requireNonNullElse(title, "");
    description = Objects.requireNonNullElse(description, "");
    responsible = Objects.requireNonNullElse(responsible, "");
    timeline = Objects.requireNonNullElse(timeline, "");
    expectedEffect = Objects.requireNonNullElse(expectedEffect, "");
  }
}
