package se.tertial.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import se.tertial.cli.RenderCommand.Format;
import se.tertial.files.OutputNames;
import se.tertial.model.Messages;
import se.tertial.render.DocumentRenderer;
import se.tertial.render.TemplateEngine;

/**
 * The format {@code render} writes, from {@code --format} and {@code -o}, checked before reading,
 * and the renderer that writes it.
 */
final class RenderFormat {
  private static final Messages.Bundle TEXT = new Messages.Bundle("se.tertial.cli.render");
  private static final List<String> DOCUMENT_EXTENSIONS =
      List.of("pdf", "html", "htm", "xhtml", "docx");

  private RenderFormat() {}

  /**
   * {@code --format}, else the format {@code -o}'s extension names, else PDF. An extension that is
   * none of these (e.g. {@code .doc}) or contradicts {@code --format} is refused: a PDF is never
   * written under another format's name.
   */
  static Format forFile(Path output, Format format) {
    String extension = output == null ? "" : OutputNames.extension(output);
    Format named =
        switch (extension) {
          case "" -> null;
          case "pdf" -> Format.pdf;
          case "html", "htm", "xhtml" -> Format.html;
          case "docx" -> Format.docx;
          default -> throw new UserException(TEXT.get("render.badExtension", output, extension));
        };
    if (format != null && named != null && format != named) {
      throw new UserException(TEXT.get("render.formatMismatch", output, format, named));
    }
    return format != null ? format : named != null ? named : Format.pdf;
  }

  /**
   * The format when {@code -o} names a folder: {@code --format}, else PDF. An {@code -o} that is an
   * existing file, or that is not a folder yet but ends in .pdf or .html, is refused: several
   * documents are never written into one file name.
   */
  static Format forFolder(Path output, Format format) {
    if (output != null && Files.exists(output) && !Files.isDirectory(output)) {
      throw new UserException(TEXT.get("render.outputNotFolder", output));
    }
    if (output != null
        && !Files.isDirectory(output)
        && DOCUMENT_EXTENSIONS.contains(OutputNames.extension(output))) {
      throw new UserException(TEXT.get("render.outputNotFolder", output));
    }
    return format != null ? format : Format.pdf;
  }

  /** How a written line names the format: PDF, HTML or Word. */
  static String label(Format format) {
    return format == Format.docx ? "Word" : format.name().toUpperCase(Locale.ROOT);
  }

  /**
   * The renderer of {@code format}, with the templates of {@code templates} (null: the bundled
   * ones); templates that cannot be used are a usage error.
   */
  static DocumentRenderer renderer(Format format, Path templates, boolean landscape) {
    DocumentRenderer.Format documentFormat =
        switch (format) {
          case html -> DocumentRenderer.Format.HTML;
          case docx -> DocumentRenderer.Format.DOCX;
          case pdf -> DocumentRenderer.Format.PDF;
        };
    return UserException.refusing(
        () ->
            new DocumentRenderer(
                templates == null
                    ? TemplateEngine.bundled()
                    : TemplateEngine.fromDirectory(templates),
                new DocumentRenderer.Options(
                    documentFormat, landscape, System.getenv("SOURCE_DATE_EPOCH"))));
  }
}
