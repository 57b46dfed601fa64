package se.tertial.cli;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import se.tertial.model.Finding;
import se.tertial.model.Messages;
import se.tertial.workflow.AllOrNothing;
import se.tertial.workflow.DocumentJob;

/**
 * What {@code render} prints: the findings (for several periods, those about one period with the
 * period in front), why nothing was written, what was, and the exit code {@code --strict} asks for.
 * Counts what it prints in the {@code --watch} tally.
 */
final class RenderOutput {
  private static final Messages.Bundle TEXT = new Messages.Bundle("se.tertial.cli.render");

  private final PrintWriter out;
  private final PrintWriter err;
  private final RenderWatch.Tally tally;
  private final boolean single;
  private long warnings;

  /**
   * @param single one period: the findings as they are; else each period's own with its code
   */
  RenderOutput(CommandLine commandLine, RenderWatch.Tally tally, boolean single) {
    this.out = commandLine.getOut();
    this.err = commandLine.getErr();
    this.tally = tally;
    this.single = single;
  }

  /**
   * Prints every finding of {@code judging}; false (after saying so) when nothing may be written.
   *
   * @throws UserException when the input has no period to write
   */
  boolean findings(DocumentJob.Judging judging) {
    if (single) {
      List<Finding> findings =
          judging.periods().isEmpty()
              ? judging.source().read().findings()
              : judging.periods().get(0).loaded().findings();
      print(findings, null);
      return judging.complete() || refused("render.errors", count(findings));
    }
    List<Finding> general = judging.source().generalFindings();
    print(general, null);
    if (judging.source().failed()) {
      return refused("render.errors", count(general));
    }
    if (judging.periods().isEmpty()) {
      throw new UserException(TEXT.get("render.noPeriods", judging.source().input()));
    }
    for (DocumentJob.Judged judged : judging.periods()) {
      print(judged.ownFindings(), judged.period().code());
    }
    return judging.complete()
        || refused("render.errorsMany", judging.errors(), judging.periods().size());
  }

  /**
   * What was written: one line per file and a summary for several periods, then what rendering
   * warned of (counted for {@code --strict}).
   */
  void written(AllOrNothing.Written written, Path folder, String format, boolean watching) {
    List<Path> files = written.files();
    String summary =
        single
            ? TEXT.get("render.written", files.get(0), format)
            : TEXT.get("render.writtenMany", files.size(), folder, format);
    tally.written(summary);
    if (!watching) {
      if (!single) {
        files.forEach(file -> out.println(TEXT.get("render.writtenOne", file)));
      }
      out.println(summary);
    }
    out.flush();
    written.warnings().forEach(err::println);
    warnings += written.warnings().size();
    err.flush();
  }

  /** {@code --strict}: exit 1 when anything printed was a warning. */
  int exitCode(boolean strict) {
    if (strict && warnings > 0) {
      err.println(TEXT.get("render.strict", warnings));
      return ExitCodes.FINDINGS;
    }
    return ExitCodes.OK;
  }

  private void print(List<Finding> findings, String period) {
    for (Finding finding : findings) {
      err.println(
          period == null
              ? finding.line()
              : TEXT.get("render.periodFinding", finding.severity().label(), period, finding));
    }
    tally.count(findings);
    warnings += findings.stream().filter(f -> !f.isError()).count();
  }

  private boolean refused(String key, Object... counts) {
    counts[0] = Math.max((Long) counts[0], 1);
    err.println(TEXT.get(key, counts));
    err.flush();
    return false;
  }

  private static long count(List<Finding> findings) {
    return findings.stream().filter(Finding::isError).count();
  }

  /** {@code --open}: the file in the desktop's viewer, or a hint where there is none. */
  void open(Path target) {
    try {
      if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
        Desktop.getDesktop().open(target.toFile());
        return;
      }
    } catch (IOException | UnsupportedOperationException e) {
      // Fall through to the hint below.
    }
    err.println(TEXT.get("render.openUnsupported", target));
  }
}
