/**
 * The verksamhetsplan (operational plan): its data records (budget tables), assembler and budget
 * check, view model and builder.
 */
package se.tertial.kind.plan;
