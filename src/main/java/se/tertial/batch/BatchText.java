package se.tertial.batch;

import se.tertial.model.Messages;

/** The Swedish texts of batch runs, from {@code se/tertial/batch/messages.properties}. */
final class BatchText {
  private static final Messages.Bundle BUNDLE = new Messages.Bundle("se.tertial.batch.messages");

  private BatchText() {}

  static String get(String key, Object... args) {
    return BUNDLE.get(key, args);
  }

  static String noPeriods() {
    return get("batch.noPeriods");
  }

  /**
   * A failure as one line: the exception's own message when it is one of ours (they are Swedish and
   * say what to fix), else a Swedish line saying it is a bug in tertial, not in the input.
   */
  static String failure(Exception e) {
    String message = e.getMessage();
    if (!ours(e)) {
      String what = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
      return get("batch.failed", get("batch.internal", what));
    }
    return get("batch.failed", message == null ? e.getClass().getSimpleName() : message);
  }

  /** Whether {@code e} is one of tertial's own exceptions, whose messages are for the user. */
  private static boolean ours(Exception e) {
    return e.getClass().getName().startsWith("se.tertial.");
  }
}
