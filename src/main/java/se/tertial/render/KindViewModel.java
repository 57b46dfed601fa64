package se.tertial.render;

/**
 * The view model of one report kind: the root a template sees. Every kind shares {@link
 * AppendixViewModel.DocumentMeta} (title page, page header, PDF metadata), so the common layout
 * macros work for all of them.
 */
public interface KindViewModel {

  /** The document's metadata. */
  AppendixViewModel.DocumentMeta meta();

  /** The same document laid out for another medium (PDF or HTML) or orientation. */
  KindViewModel withMeta(AppendixViewModel.DocumentMeta other);
}
