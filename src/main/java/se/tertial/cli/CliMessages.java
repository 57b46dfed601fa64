package se.tertial.cli;

import se.tertial.model.Messages;

/** The Swedish texts of the command line, from {@code se/tertial/cli/messages.properties}. */
final class CliMessages {
  private static final Messages.Bundle BUNDLE = new Messages.Bundle("se.tertial.cli.messages");

  private CliMessages() {}

  static String get(String key, Object... args) {
    return BUNDLE.get(key, args);
  }
}
