package se.tertial.batch;

/** A manifest or batch setup the user must fix; the message is Swedish and names the file. */
public final class BatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BatchException(String message) {
    super(message, null, false, false);
  }
}
