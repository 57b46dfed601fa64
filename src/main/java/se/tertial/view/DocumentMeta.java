package se.tertial.view;

/**
 * The document's metadata.
 *
 * @param title e.g. "Bilaga till delårsrapport per april 2022"
 * @param description one sentence for the PDF subject and HTML description
 * @param author the organisation and preparer
 * @param organisation "Gäller för verksamhet"
 * @param unit the unit, e.g. "Division Länssjukvård 2"
 * @param periodLabel "T1 2022"
 * @param perLabel "per april 2022"
 * @param documentId dokument-ID
 * @param version version
 * @param publicationDate ISO date or empty
 * @param responsible ansvarig
 * @param preparedBy upprättad av
 * @param logoDataUri the logo as a data: URI, or empty
 * @param logoAlt alt text of the logo
 * @param paged true for PDF (page numbers, bookmarks), false for the HTML file
 * @param landscape A4 landscape instead of portrait
 */
public record DocumentMeta(
    String title,
    String description,
    String author,
    String organisation,
    String unit,
    String periodLabel,
    String perLabel,
    String documentId,
    String version,
    String publicationDate,
    String responsible,
    String preparedBy,
    String logoDataUri,
    String logoAlt,
    boolean paged,
    boolean landscape) {

  public boolean hasLogo() {
    return !logoDataUri.isEmpty();
  }

  /** The same metadata for another medium and orientation. */
  public DocumentMeta layout(boolean pagedMedium, boolean landscapePages) {
    return new DocumentMeta(
        title,
        description,
        author,
        organisation,
        unit,
        periodLabel,
        perLabel,
        documentId,
        version,
        publicationDate,
        responsible,
        preparedBy,
        logoDataUri,
        logoAlt,
        pagedMedium,
        landscapePages);
  }
}
