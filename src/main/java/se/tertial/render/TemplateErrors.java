package se.tertial.render;

import freemarker.core.InvalidReferenceException;
import freemarker.core.NonBooleanException;
import freemarker.core.NonHashException;
import freemarker.core.NonMethodException;
import freemarker.core.NonNumericalException;
import freemarker.core.NonSequenceException;
import freemarker.core.NonSequenceOrCollectionException;
import freemarker.core.NonStringException;
import freemarker.core.NonStringOrTemplateOutputException;
import freemarker.core.StopException;
import freemarker.core.UnexpectedTypeException;
import freemarker.template.TemplateException;
import java.io.IOException;

/**
 * Says in Swedish why a template failed while running, naming the failing expression as written in
 * the template ({@code meta.titel}), so the person restyling a template knows what to fix.
 * FreeMarker's own English reason is kept only for rare errors without a Swedish wording.
 */
final class TemplateErrors {

  private TemplateErrors() {}

  /** "«meta.titel» saknar värde: …", without the file and line (the caller adds those). */
  static String reason(TemplateException e) {
    String expression = e.getBlamedExpressionString();
    String subject = expression == null ? "uttrycket" : "«" + expression + "»";
    if (e instanceof InvalidReferenceException) {
      return subject
          + " saknar värde: fältet finns inte i vymodellen eller är tomt (se docs/templates.md;"
          + " testa med ?has_content eller ge ett standardvärde med !\"\")";
    }
    if (e instanceof UnexpectedTypeException) {
      return subject + " " + typeProblem(e);
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException io && io.getMessage() != null) {
        // An #include whose file could not be read (a FIFO, a link out of the folder, missing):
        // the loader's Swedish reason, not FreeMarker's "Template inclusion failed".
        return "kan inte ta med filen: " + firstLine(io.getMessage());
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    if (e instanceof StopException) {
      return "mallen avbröts med #stop: " + firstLine(e.getMessageWithoutStackTop());
    }
    String detail = firstLine(e.getMessageWithoutStackTop());
    return expression == null ? detail : subject + ": " + detail;
  }

  private static String typeProblem(TemplateException e) {
    if (e instanceof NonStringException || e instanceof NonStringOrTemplateOutputException) {
      return "är varken text, tal eller datum och kan inte skrivas ut (en lista eller en post?"
          + " välj ett av dess fält)";
    }
    if (e instanceof NonNumericalException) {
      return "är inget tal";
    }
    if (e instanceof NonBooleanException) {
      return "är inget sant/falskt-värde (jämför i stället, t.ex. med ?has_content)";
    }
    if (e instanceof NonSequenceException || e instanceof NonSequenceOrCollectionException) {
      return "är ingen lista och kan inte gås igenom med #list";
    }
    if (e instanceof NonHashException) {
      return "har inga fält att nå med punkt";
    }
    if (e instanceof NonMethodException) {
      return "är ingen funktion och kan inte anropas";
    }
    return "har fel typ: " + firstLine(e.getMessageWithoutStackTop());
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
