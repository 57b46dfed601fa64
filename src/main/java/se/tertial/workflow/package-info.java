/**
 * Workflows the commands share: the input pipeline (read → validate → evaluate) and the making of
 * new workbooks for {@code init} and {@code next-period}. Commands only parse options and print.
 */
package se.tertial.workflow;
