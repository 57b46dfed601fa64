/**
 * The delårsbilaga (appendix to the interim report): its view model and builder. Its data are the
 * measures, outcomes and actions every kind may use, so it has no data records of its own.
 */
package se.tertial.kind.appendix;
