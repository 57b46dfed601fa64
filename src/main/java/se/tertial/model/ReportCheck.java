package se.tertial.model;

import java.util.List;

/**
 * One check of a report as read, before judging: what it finds joins the reader's findings, so
 * {@code check} and every rendering command see the same list. A check never throws for bad data.
 */
@FunctionalInterface
public interface ReportCheck {

  /** The findings about {@code report}, whose {@code info().period()} is the period reported. */
  List<Finding> check(Report report);
}
