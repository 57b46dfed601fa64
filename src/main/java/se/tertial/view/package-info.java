/**
 * The view records every report kind shares (document metadata, table of contents, text sections,
 * symbols, sanitised HTML) and the helpers the kinds' view model builders share. Templates see
 * these records and a kind's own view model, nothing else.
 */
package se.tertial.view;
