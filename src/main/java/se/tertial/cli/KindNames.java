package se.tertial.cli;

import java.util.Iterator;
import se.tertial.kind.ReportKinds;

/**
 * The values of {@code --kind}, from the registry of report kinds: help texts list them as {@code
 * ${COMPLETION-CANDIDATES}} and shell completion offers them.
 */
final class KindNames implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return ReportKinds.BUILT_IN.names().iterator();
  }
}
