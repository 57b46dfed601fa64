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
 * beside the input that render would drop or refuse. Here rather than in {@code read}, which knows
 * neither the PDF's fonts nor the output files. Stateless and thread-safe.
 */
final class DocumentInputs {
  private DocumentInputs() {}

  static ReadResult read(Path path, Period period, String kind, KindAssembler.Catalogue kinds) {
    ReadResult read = ReportReader.read(path, period, kind, kinds, FontCoverage.embedded()::prints);
    List<Finding> logo = Files.exists(path) ? logoFindings(path) : List.of();
    if (logo.isEmpty()) {
      return read;
    }
    List<Finding> findings = new ArrayList<>(read.findings());
    findings.addAll(logo);
    return new ReadResult(read.report(), findings);
  }

  /** What render would do with the logo beside the input, as findings (none when usable). */
  private static List<Finding> logoFindings(Path input) {
    Logo logo = Logo.beside(input);
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
