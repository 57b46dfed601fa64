package se.tertial.model;

import java.util.Locale;

/** How serious a finding is: errors stop a render (exit 2), warnings only with {@code --strict}. */
public enum Severity {
  ERROR,
  WARNING;

  /** Swedish label ("fel", "varning"). */
  public String label() {
    return Messages.get("severity." + name().toLowerCase(Locale.ROOT));
  }
}
