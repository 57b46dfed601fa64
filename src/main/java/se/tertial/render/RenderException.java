package se.tertial.render;

/**
 * Rendering failed: a template is missing or broken, a custom template tried something it may not
 * do, a theme or image in it is refused, or the logo cannot be used. The message is Swedish and
 * says what to fix; no output file is written. A file that cannot be written is {@link
 * se.tertial.files.OutputException}, a PDF the engine cannot produce {@link
 * se.tertial.pdf.PdfException}.
 */
public final class RenderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }

  public RenderException(String message) {
    super(message);
  }
}
