package se.tertial.rules;

import se.tertial.model.Messages;

/** The Swedish texts of the rule engine, from {@code se/tertial/rules/messages.properties}. */
final class RuleMessages {
  private static final Messages.Bundle BUNDLE = new Messages.Bundle("se.tertial.rules.messages");

  private RuleMessages() {}

  static String get(String key, Object... args) {
    return BUNDLE.get(key, args);
  }
}
