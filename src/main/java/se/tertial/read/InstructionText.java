package se.tertial.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The instruction sentences of the månadsuppföljning template ("Sammanfatta kort det arbete som
 * planeras för kommande månad.", "Eventuella kommentarer här." …). Analysts leave them in cells
 * beside the real text; they are taken out of the text and reported, never printed.
 */
public final class InstructionText {

  /**
   * The template's sentences as they are left in filled-in cells, and the open-ended openings the
   * template uses ("Beskriv kortfattat …"), each up to the end of its sentence. Whitespace may
   * differ.
   */
  private static final List<Pattern> PHRASES =
      List.of(
          sentence("Sammanfatta kort(?:fattat)?\\b[^.\\n…]*"),
          sentence("Beskriv kort(?:fattat)?\\b[^.\\n…]*"),
          sentence("Eventuella kommentarer här"),
          sentence("Här nämns eventuella risker[^.\\n…]*"),
          sentence("Skriv (?:kommentarer|text) här"));

  /**
   * A cell's text without instruction sentences.
   *
   * @param text what remains, stripped
   * @param removed the sentences taken out, as written
   */
  public record Cleaned(String text, List<String> removed) {}

  private InstructionText() {}

  public static Cleaned clean(String text) {
    List<String> removed = new ArrayList<>();
    String rest = text;
    for (Pattern phrase : PHRASES) {
      Matcher m = phrase.matcher(rest);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        removed.add(m.group().strip());
        m.appendReplacement(out, "");
      }
      m.appendTail(out);
      rest = out.toString();
    }
    return new Cleaned(rest.strip(), List.copyOf(removed));
  }

  private static Pattern sentence(String regex) {
    String flexible = regex.replace(" ", "\\s+");
    return Pattern.compile("(?iu)" + flexible + "[.…]*(?:\\.\\.\\.)?[ \\t]*", Pattern.UNICODE_CASE);
  }
}
