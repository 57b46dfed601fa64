package se.tertial.read;

import se.tertial.model.Messages;

/** The Swedish texts of the readers, from {@code se/tertial/read/messages.properties}. */
final class ReadMessages {
  private static final Messages.Bundle BUNDLE = new Messages.Bundle("se.tertial.read.messages");

  private ReadMessages() {}

  static String get(String key, Object... args) {
    return BUNDLE.get(key, args);
  }
}
