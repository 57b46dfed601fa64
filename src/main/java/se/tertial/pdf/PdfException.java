package se.tertial.pdf;

/**
 * The PDF could not be produced: the engine could not lay out or write the document, or the PDF
 * dates cannot be set ({@code SOURCE_DATE_EPOCH} no valid time). The message is Swedish; no output
 * file is written.
 */
public final class PdfException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PdfException(String message, Throwable cause) {
    super(message, cause);
  }

  public PdfException(String message) {
    super(message);
  }
}
