package se.tertial.workflow;

/**
 * A new workbook could not be made for a reason the user can fix (the file exists, the folder is
 * missing, the previous period's workbook would be overwritten); the Swedish message says which.
 */
public final class WorkbookException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  WorkbookException(String message) {
    super(message, null, false, false);
  }
}
