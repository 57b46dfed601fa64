package se.tertial.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.tertial.ci.Baseline;
import se.tertial.ci.BaselineException;
import se.tertial.ci.CheckReport;
import se.tertial.ci.CheckText;
import se.tertial.ci.Checked;
import se.tertial.ci.FindingsJson;
import se.tertial.ci.GithubCommands;
import se.tertial.ci.JunitXml;
import se.tertial.ci.SarifLog;
import se.tertial.files.FileErrors;
import se.tertial.files.OutputException;
import se.tertial.files.OutputPolicy;

/**
 * What {@code check} and {@code batch} print and write about findings: the baseline applied, the
 * chosen format on standard output, report files ({@code --report junit=FIL}) and the exit code of
 * the worst (unit, period). One place, so both commands say the same in every format.
 */
final class FindingsOutput {

  /** The formats of {@code --format} and {@code --report}. */
  enum Format {
    TEXT,
    JSON,
    JUNIT,
    SARIF,
    GITHUB
  }

  private FindingsOutput() {}

  /**
   * The baseline to apply: {@code explicit} when given (it must exist), else {@value
   * Baseline#FILE_NAME} in {@code folder} when there is one, else none.
   */
  static Baseline baseline(Path explicit, Path folder) {
    Path file = explicit != null ? explicit : folder.resolve(Baseline.FILE_NAME);
    if (explicit == null && !Files.isRegularFile(file)) {
      return Baseline.empty(folder.toAbsolutePath().normalize());
    }
    if (!Files.isRegularFile(file)) {
      throw new UserException(CliMessages.get("baseline.missing", file));
    }
    try {
      return Baseline.read(file);
    } catch (BaselineException e) {
      throw new UserException(e.getMessage());
    }
  }

  /** Writes a baseline acknowledging every warning of {@code items} to {@code file}. */
  static void writeBaseline(Path file, List<Checked> items, OutputPolicy policy, PrintWriter out) {
    Path folder = file.toAbsolutePath().normalize().getParent();
    Baseline baseline = Baseline.of(folder, items);
    write(file, baseline.json(), policy);
    out.println(CliMessages.get("baseline.written", file, baseline.entries().size()));
  }

  /** The report in {@code format}, as printed on standard output. */
  static String render(
      CheckReport report,
      Format format,
      boolean strict,
      boolean single,
      Function<Path, String> paths) {
    return switch (format) {
      case TEXT -> String.join(System.lineSeparator(), CheckText.lines(report, single, paths));
      case JSON -> FindingsJson.write(report, paths);
      case JUNIT -> JunitXml.write(report, strict, paths).stripTrailing();
      case SARIF -> SarifLog.write(report, version(), paths);
      case GITHUB -> {
        List<String> lines = new ArrayList<>(GithubCommands.lines(report, paths));
        lines.addAll(CheckText.lines(report, single, paths));
        yield String.join(System.lineSeparator(), lines);
      }
    };
  }

  /** Writes each {@code --report FORMAT=FIL}, never over an input. */
  static void writeReports(
      CheckReport report,
      Map<Format, Path> reports,
      boolean strict,
      Function<Path, String> paths,
      OutputPolicy policy) {
    for (Map.Entry<Format, Path> entry : reports.entrySet()) {
      String text = render(report, entry.getKey(), strict, false, paths) + "\n";
      write(entry.getValue(), text.getBytes(StandardCharsets.UTF_8), policy);
    }
  }

  /** 2 for any error, 1 for an unacknowledged warning under {@code --strict}, else 0. */
  static int exitCode(CheckReport report, boolean strict) {
    if (report.anyErrors()) {
      return ExitCodes.BAD_INPUT;
    }
    return strict && report.anyWarnings() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /**
   * A path as the user's tools want it: relative to the current folder when inside it (as CI
   * systems resolve annotation files against the checkout), else absolute; always with {@code /}.
   */
  static String relativeToCurrentFolder(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath().normalize();
    Path shown = absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    String text = shown.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }

  private static void write(Path file, byte[] bytes, OutputPolicy policy) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      policy.write(file, bytes);
    } catch (OutputException e) {
      throw new UserException(e.getMessage());
    } catch (IOException e) {
      throw new UserException(
          CliMessages.get("report.unwritable", file, FileErrors.reason(file, e)));
    }
  }

  private static String version() {
    String version = TertialCommand.class.getPackage().getImplementationVersion();
    return version == null ? "0.0.0-dev" : version;
  }
}
