package se.tertial.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.tertial.files.FileErrors;
import se.tertial.files.OutputPolicy;
import se.tertial.pdf.PdfException;
import se.tertial.render.DocumentRenderer;
import se.tertial.render.RenderException;
import se.tertial.render.TemplateEngine;

/**
 * What a batch run works on, decided from its manifest before any document is written: the inputs
 * the manifest's patterns match, the output folder, and what no output may overwrite.
 *
 * @param manifestFile the manifest as named on the command line
 * @param manifest the manifest read
 * @param inputs the workbooks and CSV folders to render, never the output folder or the manifest
 * @param outputDir where documents and {@code batch-report.json} go
 */
public record BatchPlan(
    Path manifestFile, BatchManifest manifest, List<Path> inputs, Path outputDir) {

  /** The name of the machine-readable report of a run, in the output folder. */
  public static final String REPORT_FILE = "batch-report.json";

  public BatchPlan {
    inputs = List.copyOf(inputs);
  }

  /**
   * Reads {@code manifestFile} and expands its input patterns; {@code output} (the command line's)
   * comes before the manifest's {@code output}, else {@code ./ut}.
   *
   * @throws BatchException naming the file when the manifest cannot be used or matches no input
   */
  public static BatchPlan read(Path manifestFile, Optional<Path> output) {
    BatchManifest manifest = BatchManifest.read(manifestFile);
    Path outputDir = output.or(manifest::output).orElse(Path.of("ut"));
    // The output folder is never an input: with inputs: ["*"] a rerun took it for a CSV folder
    // and then refused to write into it; nor is the manifest itself.
    Path outFolder = outputDir.toAbsolutePath().normalize();
    Path manifestPath = manifestFile.toAbsolutePath().normalize();
    List<Path> inputs =
        InputGlobs.expand(manifest.base(), manifest.inputs()).stream()
            .filter(i -> !i.toAbsolutePath().normalize().startsWith(outFolder))
            .filter(i -> !i.toAbsolutePath().normalize().equals(manifestPath))
            .toList();
    if (inputs.isEmpty()) {
      throw new BatchException(BatchText.get("batch.noInputs", manifestFile));
    }
    return new BatchPlan(manifestFile, manifest, inputs, outputDir);
  }

  /** What no output of the run may overwrite: every input and the manifest. */
  public OutputPolicy policy() {
    List<Path> protectedPaths = new ArrayList<>(inputs);
    protectedPaths.add(manifestFile);
    return OutputPolicy.protecting(protectedPaths);
  }

  /**
   * Creates the output folder when it is missing.
   *
   * @return the output folder
   * @throws BatchException naming the folder and why when it cannot be created
   */
  public Path createOutputFolder() {
    try {
      return Files.createDirectories(outputDir);
    } catch (IOException e) {
      throw new BatchException(
          BatchText.get("batch.noOutput", outputDir, FileErrors.reason(outputDir, e)));
    }
  }

  /**
   * The renderer of the run's documents: {@code format} ({@code pdf} or {@code html}; null for the
   * manifest's, else PDF) with the manifest's templates or the bundled ones.
   *
   * @throws BatchException for an unknown format or templates that cannot be used
   */
  public DocumentRenderer renderer(String format) {
    String chosen = format != null ? format : manifest.format().orElse("pdf");
    DocumentRenderer.Format documentFormat =
        switch (chosen.toLowerCase(Locale.ROOT)) {
          case "pdf" -> DocumentRenderer.Format.PDF;
          case "html" -> DocumentRenderer.Format.HTML;
          default -> throw new BatchException(BatchText.get("batch.badFormat", chosen));
        };
    try {
      TemplateEngine engine =
          manifest
              .templates()
              .map(TemplateEngine::fromDirectory)
              .orElseGet(TemplateEngine::bundled);
      return new DocumentRenderer(
          engine,
          new DocumentRenderer.Options(documentFormat, false, System.getenv("SOURCE_DATE_EPOCH")));
    } catch (RenderException | PdfException e) {
      throw new BatchException(e.getMessage());
    }
  }
}
