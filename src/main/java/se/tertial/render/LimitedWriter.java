package se.tertial.render;

import java.io.IOException;
import java.io.Writer;

/** A string writer that refuses to grow past a limit, so a runaway template cannot fill memory. */
final class LimitedWriter extends Writer {
  /** The template wrote more than the limit. */
  static final class TooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLongException() {
      super("output limit reached");
    }
  }

  private final StringBuilder text = new StringBuilder(64 * 1024);
  private final int limit;

  LimitedWriter(int limit) {
    this.limit = limit;
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    if (text.length() + (long) length > limit) {
      throw new TooLongException();
    }
    text.append(buffer, offset, length);
  }

  @Override
  public void write(String string, int offset, int length) throws IOException {
    if (text.length() + (long) length > limit) {
      throw new TooLongException();
    }
    text.append(string, offset, offset + length);
  }

  int length() {
    return text.length();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }
}
