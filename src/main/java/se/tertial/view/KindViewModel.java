package se.tertial.view;

/**
 * The view model of one report kind: the root a template sees. Every kind shares {@link
 * DocumentMeta} (title page, page header, PDF metadata), so the common layout macros work for all
 * of them.
 */
public interface KindViewModel {

  /** The document's metadata. */
  DocumentMeta meta();

  /** The same document laid out for another medium (PDF or HTML) or orientation. */
  KindViewModel withMeta(DocumentMeta other);
}
