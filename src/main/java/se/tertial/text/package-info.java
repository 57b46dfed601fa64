/** The text outputs of {@code evaluate}: terminal table, CSV and JSON. */
package se.tertial.text;
