package se.tertial.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.tertial.files.Logo;
import se.tertial.model.Finding;
import se.tertial.model.Period;
import se.tertial.model.SourceRef;
import se.tertial.pdf.FontCoverage;
import se.tertial.read.KindAssembler;
import se.tertial.read.ReadResult;
import se.tertial.read.ReportReader;

/**
 * Reading an input that a document will be made from: the reader's findings plus what the document
 * cannot carry — characters no embedded font prints (the reader names their cells) and a logo
 * beside the input that render would drop or refuse. The logo is read here, once, and travels with
 * what was read. Here rather than in {@code read}, which knows neither the PDF's fonts nor the
 * output files. Stateless and thread-safe.
 */
final class DocumentInputs {
  private DocumentInputs() {}

  static DocumentSource read(Path path, Period period, String kind, KindAssembler.Catalogue kinds) {
    ReadResult read =
        PeriodFormCheck.applied(
            ReportReader.read(path, period, kind, kinds, FontCoverage.embedded()::prints));
    // The reader has said why a missing input is no input; there is no folder to look in.
    Logo logo = Files.exists(path) ? Logo.beside(path) : new Logo.Absent();
    List<Finding> logoFindings = findings(logo);
    if (logoFindings.isEmpty()) {
      return new DocumentSource(path, read, logo);
    }
    List<Finding> findings = new ArrayList<>(read.findings());
    findings.addAll(logoFindings);
    return new DocumentSource(path, new ReadResult(read.report(), findings), logo);
  }

  /** What render would do with the logo, as findings (none when usable or absent). */
  private static List<Finding> findings(Logo logo) {
    if (logo instanceof Logo.Dropped dropped) {
      return List.of(Finding.warning("input.logoDropped", where(logo), dropped.reason()));
    }
    if (logo instanceof Logo.Refused refused) {
      return List.of(Finding.error("input.logoRefused", where(logo), refused.reason()));
    }
    return List.of();
  }

  private static SourceRef where(Logo logo) {
    return SourceRef.file(logo.file().getFileName().toString());
  }
}
