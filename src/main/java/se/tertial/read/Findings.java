package se.tertial.read;

import java.util.ArrayList;
import java.util.List;
import se.tertial.model.Finding;
import se.tertial.model.SourceRef;

/** Collects findings in input order while reading; messages come from the read bundle. */
final class Findings {
  private final List<Finding> list = new ArrayList<>();

  void error(String code, SourceRef where, Object... args) {
    list.add(Finding.error(code, where, ReadMessages.get(code, args)));
  }

  void warning(String code, SourceRef where, Object... args) {
    list.add(Finding.warning(code, where, ReadMessages.get(code, args)));
  }

  /** An error whose message was already written (by a model parser). */
  void errorText(String code, SourceRef where, String message) {
    list.add(Finding.error(code, where, message));
  }

  boolean hasErrors() {
    return list.stream().anyMatch(Finding::isError);
  }

  List<Finding> list() {
    return List.copyOf(list);
  }
}
