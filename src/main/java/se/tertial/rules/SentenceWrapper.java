package se.tertial.rules;

/**
 * The words around a target that say nothing about it: sentence wrappers ("Andelen ska uppgå till",
 * "Målet är att", "Vi ska vara") and a known subject noun before the modal verb, read and skipped
 * before every production.
 */
final class SentenceWrapper {
  private SentenceWrapper() {}

  /** Subjects and sentence wrappers: "Andelen ska", "Målet är att", "Mål:", "Vi ska vara". */
  private static final String WRAPPER =
      "(malet|malsattningen|ambitionen|malbilden|malvardet|malnivan) (ar|blir) (att)?"
          + " | (mal|malet|malvarde|malvardet|malniva|malnivan|malsattning)"
          + " | (vi|det|den|de) (ska|skall|bor|maste|far)"
          + " | (ska|skall|bor|maste|kommer|far) (att)? (ha)?"
          + " | att | (ha|har)"
          + " | (vara|ligga|hamna|landa|motsvara) (pa)?";

  /** The measure's subject before "ska": only known nouns, so that no word is skipped unread. */
  static final String SUBJECT =
      "(andel|andelen|andelar|antal|antalet|varde|vardet|utfall|utfallet|niva|nivan|resultat"
          + "|resultatet|kostnad|kostnaden|kostnaderna|nettokostnad|nettokostnaden|nettokostnaderna"
          + "|vantetid|vantetiden|vantetiderna|sjukfranvaro|sjukfranvaron|franvaro|franvaron|matt"
          + "|mattet|indikatorn|nyckeltalet|index|indexet|kvot|kvoten|ledtid|ledtiden|ledtiderna"
          + "|personalomsattning|personalomsattningen|nojdhet|nojdheten|svarsfrekvens"
          + "|svarsfrekvensen|tackningsgrad|tackningsgraden|produktivitet|produktiviteten"
          + "|kostnadsutveckling|kostnadsutvecklingen|utfallsvarde|utfallsvardet|siffran|talet)";

  /** The modal verbs a year in the sentence or an inverted subject follows. */
  static final String MODAL_VERB = "ska|skall|bor|maste|kommer";

  /** What a modal governs after the year: "vara", "ha", "uppgå", "ligga", "nå", "ha minskat". */
  static final String GOVERNED =
      "vara|ha|uppga|ligga|na|uppna|overstiga|understiga|hamna|omfatta|motsvara|minska|oka"
          + "|sankas|minskas|okas|halveras|hojas|bli|klara";

  /** Skips sentence wrappers and a known subject: "Andelen ska uppgå till", "Målet är att". */
  static void wrapper(Cursor c) {
    boolean moved = true;
    while (moved && !c.atEnd()) {
      moved = c.accept(WRAPPER) || c.accept(SUBJECT) || invertedSubject(c);
    }
  }

  /**
   * "Till 2030 ska <em>utsläppen</em> ha minskat", "Senast 2026 ska <em>alla enheter</em> vara":
   * after a modal verb, plain words up to the verb the modal governs are the subject (Swedish puts
   * it after the verb when the sentence starts with a time). Only plain words (see {@link
   * Subject}), and only between a modal and its verb.
   */
  private static boolean invertedSubject(Cursor c) {
    int m = c.mark();
    if (m == 0 || !c.tokens().get(m - 1).key().matches(MODAL_VERB)) {
      return false;
    }
    int k = m;
    while (k < c.tokens().size()
        && Subject.plain(c.tokens(), k)
        && !c.tokens().get(k).key().matches(GOVERNED)) {
      k++;
    }
    if (k == m || k >= c.tokens().size() || !c.tokens().get(k).key().matches(GOVERNED)) {
      return false;
    }
    while (c.mark() < k) {
      c.next();
    }
    return true;
  }
}
