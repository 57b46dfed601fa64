package se.tertial.cli;

import java.util.function.Supplier;
import se.tertial.files.OutputException;
import se.tertial.pdf.PdfException;
import se.tertial.render.RenderException;

/**
 * A failure the user can fix (a missing file, findings with errors, an unwritable output). Its
 * Swedish message is printed as it is, without a stack trace, and it maps to {@link
 * ExitCodes#BAD_INPUT}.
 */
public final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserException(String message) {
    super(message, null, false, false);
  }

  /** Runs {@code work}, a rendering or file failure in it a usage error (exit 2). */
  static void refusing(Runnable work) {
    refusing(
        () -> {
          work.run();
          return null;
        });
  }

  /** The result of {@code work}, a rendering or file failure in it a usage error (exit 2). */
  static <T> T refusing(Supplier<T> work) {
    try {
      return work.get();
    } catch (OutputException | RenderException | PdfException e) {
      throw new UserException(e.getMessage());
    }
  }
}
