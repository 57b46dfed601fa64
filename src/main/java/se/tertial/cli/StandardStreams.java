package se.tertial.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Standard output and standard error as the command line uses them: always UTF-8, whatever {@code
 * LANG}/{@code LC_ALL} say (a locale the machine lacks made the JVM print "?" for å, ä and ö), and
 * watched for write failures. {@link PrintWriter} swallows those, so {@code tertial evaluate >
 * /dev/full} ended with exit 0 and the output lost; here the first failure is kept and turned into
 * exit 2 with a Swedish line.
 */
final class StandardStreams {
  private final Watched out = new Watched(new FileOutputStream(FileDescriptor.out));
  private final Watched err = new Watched(new FileOutputStream(FileDescriptor.err));

  /**
   * Installs UTF-8 streams as {@code System.out}/{@code System.err} too (libraries print there).
   */
  StandardStreams() {
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  PrintWriter out() {
    return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
  }

  PrintWriter err() {
    return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
  }

  /**
   * The exit code once a command has run: {@code code}, or 2 when what it printed on standard
   * output was lost (a full disk, a closed pipe); then one Swedish line on standard error says why,
   * if standard error still takes it.
   */
  int exitCode(int code, PrintWriter outWriter, PrintWriter errWriter) {
    outWriter.flush();
    errWriter.flush();
    Optional<IOException> lost = out.failure().or(err::failure);
    if (lost.isEmpty() || code >= ExitCodes.BAD_INPUT) {
      return code;
    }
    if (out.failure().isPresent()) {
      errWriter.println(CliMessages.get("output.lost", reason(out.failure().get())));
      errWriter.flush();
    }
    return ExitCodes.BAD_INPUT;
  }

  /** Why a write failed, in Swedish. */
  static String reason(IOException failure) {
    String text = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
    if (text.contains("no space left") || text.contains("disk quota")) {
      return CliMessages.get("output.full");
    }
    if (text.contains("broken pipe") || text.contains("pipe is being closed")) {
      return CliMessages.get("output.closed");
    }
    return CliMessages.get("output.other");
  }

  /** An output stream that remembers its first failure (and still throws it). */
  static final class Watched extends FilterOutputStream {
    private IOException failure;

    Watched(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    private synchronized IOException remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }

    synchronized Optional<IOException> failure() {
      return Optional.ofNullable(failure);
    }
  }
}
