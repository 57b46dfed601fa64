package se.tertial.cli;

import java.util.List;
import java.util.Locale;

/**
 * What {@code batch --format} asked for: the documents' format ({@code pdf}, {@code html}; null for
 * the manifest's) and the findings' format on standard output ({@code text} unless told).
 *
 * @param document {@code pdf}, {@code html} or null
 * @param findings text, json, junit, sarif or github
 */
record BatchFormats(String document, FindingsOutput.Format findings) {

  /**
   * Reads the values of {@code --format}: at most one of each kind, in any order.
   *
   * @throws UserException for an unknown value, two of a kind, or a document format with {@code
   *     --check-only}
   */
  static BatchFormats of(List<String> values, boolean checkOnly) {
    String document = null;
    FindingsOutput.Format findings = null;
    for (String value : values) {
      String name = value.strip().toLowerCase(Locale.ROOT);
      if (name.equals("pdf") || name.equals("html")) {
        if (checkOnly) {
          throw new UserException(CliMessages.get("batch.checkOnlyFormat", name));
        }
        if (document != null) {
          throw new UserException(CliMessages.get("batch.twoFormats", document, name));
        }
        document = name;
        continue;
      }
      FindingsOutput.Format format = findingsFormat(name);
      if (findings != null) {
        throw new UserException(
            CliMessages.get("batch.twoFormats", findings.name().toLowerCase(Locale.ROOT), name));
      }
      findings = format;
    }
    return new BatchFormats(document, findings == null ? FindingsOutput.Format.TEXT : findings);
  }

  private static FindingsOutput.Format findingsFormat(String name) {
    for (FindingsOutput.Format format : FindingsOutput.Format.values()) {
      if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
        return format;
      }
    }
    throw new UserException(CliMessages.get("batch.unknownFormat", name));
  }
}
