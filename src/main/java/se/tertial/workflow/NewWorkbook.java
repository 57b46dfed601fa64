package se.tertial.workflow;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import se.tertial.files.FileErrors;
import se.tertial.files.OutputException;
import se.tertial.files.OutputPolicy;
import se.tertial.files.SpecialFiles;
import se.tertial.kind.ReportKindModule;
import se.tertial.kind.ReportKinds;
import se.tertial.model.Finding;
import se.tertial.model.Messages;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.ReportInfo;
import se.tertial.read.ReadResult;
import se.tertial.read.ReportReader;
import se.tertial.write.CarryForward;
import se.tertial.write.TemplateWriter;
import se.tertial.write.WorkbookCarry;

/**
 * The making of a workbook to fill in, shared by {@code init} and {@code next-period}: which period
 * it is for (the kind's own choice, {@link ReportKindModule#periodOf} and {@link
 * ReportKindModule#nextPeriod}), the empty report or the previous period's carried forward, and the
 * write, which never leaves a partial file and never overwrites the previous period's input. The
 * commands only parse options and print. Stateless and thread-safe.
 */
public final class NewWorkbook {
  private static final Messages.Bundle TEXTS = new Messages.Bundle("se.tertial.workflow.messages");

  private final ReportKinds kinds;

  /** Makes workbooks of the kinds in {@code kinds}. */
  public NewWorkbook(ReportKinds kinds) {
    this.kinds = Objects.requireNonNull(kinds, "kinds");
  }

  /** What was made, or why nothing was. */
  public sealed interface Outcome permits Made, Unreadable {}

  /**
   * A workbook was written.
   *
   * @param report the report it holds (its period is the new one)
   * @param warnings carried texts that still name the old period
   */
  public record Made(Report report, List<Finding> warnings) implements Outcome {
    public Made {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * The previous period's input has errors, so nothing was written.
   *
   * @param findings everything reading it found
   */
  public record Unreadable(List<Finding> findings) implements Outcome {
    public Unreadable {
      findings = List.copyOf(findings);
    }
  }

  /**
   * Writes an empty workbook of {@code kind} ({@code init}).
   *
   * @param period {@code --period}, or null for the period {@code today} falls in
   * @param force whether an existing {@code target} may be replaced
   * @throws WorkbookException when {@code target} may not or cannot be written
   */
  public Made empty(
      Path target, ReportKindModule kind, Period period, LocalDate today, boolean force) {
    checkTarget(target, force);
    Report report = emptyReport(period != null ? period : kind.periodOf(today), kind.name());
    write(report, kind, target, force);
    return new Made(report, List.of());
  }

  /**
   * Writes the next period's workbook from the previous one ({@code next-period}, {@code init
   * --from}). An analyst's own workbook is copied and added to, so everything in it stays; a CSV
   * folder is written anew.
   *
   * @param period {@code --period}, or null for the period after the previous one's
   * @param kind {@code --kind}, or null for the previous input's own
   * @param force whether an existing {@code target} may be replaced
   * @throws WorkbookException when {@code target} may not or cannot be written
   */
  public Outcome next(Path previous, Path target, Period period, String kind, boolean force) {
    return nextIn(previous, target, old -> period, kind, force);
  }

  /**
   * Like {@link #next(Path, Path, Period, String, boolean)} with the new period as the previous
   * input's kind reads it ({@code --period} as written: {@code 2027} is a plan's year).
   *
   * @param period the period for the previous input's kind, or null for the one after the previous
   *     period
   * @throws se.tertial.model.InvalidValueException when {@code period} gives no period of the kind
   */
  public Outcome nextIn(
      Path previous,
      Path target,
      Function<ReportKindModule, Period> period,
      String kind,
      boolean force) {
    checkTarget(target, force);
    try {
      OutputPolicy.protecting(List.of(previous)).check(target);
    } catch (OutputException e) {
      throw new WorkbookException(e.getMessage());
    }
    if (sameFile(previous, target)) {
      throw new WorkbookException(TEXTS.get("init.sameFile", previous));
    }
    ReadResult read = ReportReader.read(previous, null, kind, kinds);
    if (read.hasErrors() || read.report().isEmpty()) {
      return new Unreadable(read.findings());
    }
    Report old = read.report().get();
    ReportKindModule oldKind = module(old);
    Period chosen = period.apply(oldKind);
    Period to = chosen != null ? chosen : oldKind.nextPeriod(old.info().period());
    Report report = CarryForward.to(old, to);
    if (!Files.isRegularFile(previous)) {
      write(report, oldKind, target, force);
      return new Made(report, List.of());
    }
    try {
      return new Made(report, WorkbookCarry.carry(previous, old, oldKind, to, target, force));
    } catch (IOException e) {
      throw failure(target, e);
    }
  }

  private ReportKindModule module(Report report) {
    return kinds.module(report.info().kind()).orElse(kinds.fallbackModule());
  }

  private static Report emptyReport(Period period, String kind) {
    ReportInfo info = ReportInfo.builder().period(period).kind(kind).build();
    return new Report(info, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  /** Checked before reading anything, so a refusal is quick; the write re-checks atomically. */
  private static void checkTarget(Path target, boolean force) {
    // A device or a named pipe is never replaced, --force or not (as root, init --force onto a
    // character device replaced the device node with a workbook).
    SpecialFiles.describe(target)
        .ifPresent(
            what -> {
              throw new WorkbookException(TEXTS.get("init.special", target, what));
            });
    if (Files.isDirectory(target)) {
      throw new WorkbookException(TEXTS.get("init.isFolder", target));
    }
    if (Files.exists(target) && !force) {
      throw new WorkbookException(TEXTS.get("init.exists", target));
    }
  }

  private static void write(Report report, ReportKindModule kind, Path target, boolean force) {
    try {
      TemplateWriter.write(report, kind, target, force);
    } catch (IOException e) {
      throw failure(target, e);
    }
  }

  private static WorkbookException failure(Path target, IOException e) {
    if (e instanceof FileAlreadyExistsException) {
      return new WorkbookException(TEXTS.get("init.exists", target));
    }
    if (e instanceof NoSuchFileException) {
      return new WorkbookException(TEXTS.get("init.noFolder", target));
    }
    return new WorkbookException(
        TEXTS.get("init.writeFailed", target, FileErrors.reason(target, e)));
  }
}
