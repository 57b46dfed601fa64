package se.tertial.ci;

/** A baseline file that cannot be used, with a Swedish message naming it. */
public final class BaselineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BaselineException(String message) {
    super(message);
  }
}
