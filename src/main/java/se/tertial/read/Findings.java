package se.tertial.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import se.tertial.model.Finding;
import se.tertial.model.SourceRef;

/** Collects findings in input order while reading; messages come from the read bundle. */
public final class Findings {
  private final List<Finding> list = new ArrayList<>();

  public void error(String code, SourceRef where, Object... args) {
    list.add(Finding.error(code, where, ReadMessages.get(code, args)));
  }

  public void warning(String code, SourceRef where, Object... args) {
    list.add(Finding.warning(code, where, ReadMessages.get(code, args)));
  }

  /** An error whose message was already written (by a model parser). */
  public void errorText(String code, SourceRef where, String message) {
    list.add(Finding.error(code, where, message));
  }

  public boolean hasErrors() {
    return list.stream().anyMatch(Finding::isError);
  }

  /** Whether an error was already given for a file whose name matches. */
  public boolean hasErrorInFile(Predicate<String> fileName) {
    return list.stream()
        .anyMatch(f -> f.isError() && f.where().file() != null && fileName.test(f.where().file()));
  }

  public List<Finding> list() {
    return List.copyOf(list);
  }
}
