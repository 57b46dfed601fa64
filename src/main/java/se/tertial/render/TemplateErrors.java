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
import se.tertial.model.Messages;

/**
 * Says in Swedish why a template failed while running, naming the failing expression as written in
 * the template ({@code meta.titel}), so the person restyling a template knows what to fix.
 * FreeMarker's own English reason is kept only for rare errors without a Swedish wording.
 */
final class TemplateErrors {
  private static final Messages.Bundle TEXT = new Messages.Bundle("se.tertial.render.messages");

  private TemplateErrors() {}

  /** "«meta.titel» saknar värde: …", without the file and line (the caller adds those). */
  static String reason(TemplateException e) {
    String expression = e.getBlamedExpressionString();
    String subject =
        expression == null ? TEXT.get("template.theExpression") : "«" + expression + "»";
    if (e instanceof InvalidReferenceException) {
      return TEXT.get("template.noValue", subject);
    }
    if (e instanceof UnexpectedTypeException) {
      return subject + " " + typeProblem(e);
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException io && io.getMessage() != null) {
        // An #include whose file could not be read (a FIFO, a link out of the folder, missing):
        // the loader's Swedish reason, not FreeMarker's "Template inclusion failed".
        return TEXT.get("template.includeFailed", firstLine(io.getMessage()));
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    if (e instanceof StopException) {
      return TEXT.get("template.stop", firstLine(e.getMessageWithoutStackTop()));
    }
    String detail = firstLine(e.getMessageWithoutStackTop());
    return expression == null ? detail : subject + ": " + detail;
  }

  private static String typeProblem(TemplateException e) {
    if (e instanceof NonStringException || e instanceof NonStringOrTemplateOutputException) {
      return TEXT.get("template.type.notPrintable");
    }
    if (e instanceof NonNumericalException) {
      return TEXT.get("template.type.notNumber");
    }
    if (e instanceof NonBooleanException) {
      return TEXT.get("template.type.notBoolean");
    }
    if (e instanceof NonSequenceException || e instanceof NonSequenceOrCollectionException) {
      return TEXT.get("template.type.notList");
    }
    if (e instanceof NonHashException) {
      return TEXT.get("template.type.notHash");
    }
    if (e instanceof NonMethodException) {
      return TEXT.get("template.type.notFunction");
    }
    return TEXT.get("template.type.other", firstLine(e.getMessageWithoutStackTop()));
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
