/**
 * The uppdragsåterkoppling (assignment feedback): its data records, assembler, view model and
 * builder.
 */
package se.tertial.kind.assignment;
