/**
 * The månadsuppföljning (monthly follow-up): its data records, assembler, view model and builder.
 */
package se.tertial.kind.monthly;
