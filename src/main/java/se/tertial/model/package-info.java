/**
 * The report model: immutable records describing one unit's follow-up data (styrmått, utfall,
 * åtgärder, texter) and the findings about it. Pure data and pure functions; no I/O. Readers
 * produce it, rules and renderers consume it.
 */
package se.tertial.model;
