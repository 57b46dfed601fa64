package se.tertial.ci;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.tertial.model.Finding;

/**
 * The findings as GitHub Actions workflow commands ({@code ::error file=…,title=…::…}), which the
 * runner turns into annotations on the file: one per distinct finding of a unit, with the line for
 * a CSV file. Warnings the baseline covers are left out (the summary counts them).
 */
public final class GithubCommands {
  private GithubCommands() {}

  /** One command per line. */
  public static List<String> lines(CheckReport report, Function<Path, String> paths) {
    List<String> lines = new ArrayList<>();
    for (UnitFindings unit : UnitFindings.of(report)) {
      if (!unit.acknowledged()) {
        lines.add(command(unit, paths));
      }
    }
    return lines;
  }

  private static String command(UnitFindings unit, Function<Path, String> paths) {
    Finding finding = unit.finding();
    StringBuilder line = new StringBuilder("::").append(finding.isError() ? "error" : "warning");
    line.append(" file=").append(property(paths.apply(unit.item().fileOf(finding))));
    if (unit.item().hasLines(finding)) {
      line.append(",line=").append(finding.where().row());
    }
    String title =
        unit.periods().isEmpty()
            ? CiText.get("github.title", finding.code())
            : CiText.get("github.titlePeriods", finding.code(), String.join(", ", unit.periods()));
    line.append(",title=").append(property(title));
    return line.append("::").append(data(finding.toString())).toString();
  }

  /** A command's message: {@code %}, CR and LF escaped, as the runner's toolkit does. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: as {@link #data} and also {@code :} and {@code ,}, which end a property. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
