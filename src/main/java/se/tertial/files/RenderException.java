package se.tertial.files;

/**
 * Rendering failed: a template is missing or broken, a custom template tried something it may not
 * do, or the PDF could not be produced. The message is Swedish and says what to fix; no output file
 * is written.
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
