/**
 * What CI systems read: every (unit, period) checked with its findings ({@link
 * se.tertial.ci.Checked}, {@link se.tertial.ci.CheckReport}), written as text, JSON, JUnit XML,
 * SARIF 2.1.0 or GitHub workflow commands, and the baseline of acknowledged warnings ({@link
 * se.tertial.ci.Baseline}). Refers only to the model: {@code check} and {@code batch} fill it.
 */
package se.tertial.ci;
