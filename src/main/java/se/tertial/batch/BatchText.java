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

  /** A failure as one line: the exception's own message when it is one of ours. */
  static String failure(Exception e) {
    String message = e.getMessage();
    return get("batch.failed", message == null ? e.getClass().getSimpleName() : message);
  }
}
