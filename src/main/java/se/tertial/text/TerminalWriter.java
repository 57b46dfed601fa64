package se.tertial.text;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.Supplier;

/**
 * The writer every command prints through: whatever is written is passed through {@link
 * TerminalText#escape}, so no cell text, file name or message can send control sequences to the
 * terminal. The program's own sequences (colours, the progress bar's carriage return) go through
 * {@link #printRaw}; picocli's help is printed with escaping switched off ({@link #unescaped}).
 */
public final class TerminalWriter extends PrintWriter {
  private boolean escaping = true;

  public TerminalWriter(Writer out) {
    super(out, true);
  }

  @Override
  public void write(String s, int off, int len) {
    if (escaping) {
      String escaped = TerminalText.escape(s.substring(off, off + len));
      super.write(escaped, 0, escaped.length());
    } else {
      super.write(s, off, len);
    }
  }

  @Override
  public void write(char[] buf, int off, int len) {
    write(new String(buf, off, len), 0, len);
  }

  @Override
  public void write(int c) {
    write(String.valueOf((char) c), 0, 1);
  }

  /** Writes {@code text} as it is: only for text the caller escaped itself. */
  public void printRaw(String text) {
    synchronized (lock) {
      boolean was = escaping;
      escaping = false;
      try {
        super.write(text, 0, text.length());
      } finally {
        escaping = was;
      }
    }
  }

  /** Runs {@code work} (printing only the program's own text) with escaping switched off. */
  public <T> T unescaped(Supplier<T> work) {
    synchronized (lock) {
      boolean was = escaping;
      escaping = false;
      try {
        return work.get();
      } finally {
        escaping = was;
      }
    }
  }
}
