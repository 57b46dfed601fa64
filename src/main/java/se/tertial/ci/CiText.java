package se.tertial.ci;

import se.tertial.model.Messages;

/** The Swedish texts of the CI outputs, from {@code se/tertial/ci/messages.properties}. */
final class CiText {
  private static final Messages.Bundle BUNDLE = new Messages.Bundle("se.tertial.ci.messages");

  private CiText() {}

  static String get(String key, Object... args) {
    return BUNDLE.get(key, args);
  }
}
