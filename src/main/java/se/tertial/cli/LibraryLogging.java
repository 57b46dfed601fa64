package se.tertial.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * openhtmltopdf, PDFBox and POI log through JUL, commons-logging and log4j-api; the CLI's own
 * output must stay clean, so their logging is switched off before any command runs.
 */
final class LibraryLogging {
  private LibraryLogging() {}

  /** openhtmltopdf, PDFBox and POI log through JUL; the CLI's own output must stay clean. */
  static void quiet() {
    Logger.getLogger("").setLevel(Level.SEVERE);
    for (var handler : Logger.getLogger("").getHandlers()) {
      handler.setLevel(Level.SEVERE);
    }
    System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
    // POI logs through log4j-api without a backend, which prints "could not find a logging
    // provider" to stderr on first use: give it the API's own simple logger, switched off.
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }
  }
}
