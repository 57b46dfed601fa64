package se.tertial.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import se.tertial.model.Messages;

/**
 * FreeMarker set up for untrusted templates: XHTML output with auto-escaping, no {@code ?new}, no
 * {@code ?api}, only the view model visible ({@link ViewModelObjectWrapper}), errors rethrown.
 * Templates come from the jar ({@code /templates}) or from a user's directory, which may override
 * any subset of them. One instance per template source; thread-safe after construction.
 */
public final class TemplateEngine {
  private static final Messages.Bundle TEXT = new Messages.Bundle("se.tertial.render.messages");

  /** Longest output a template may write (characters); far above any real report. */
  static final int MAX_OUTPUT_CHARS = 40_000_000;

  /** Largest template file {@link #whereWritten} searches. */
  private static final long MAX_SEARCHED_BYTES = 50L * 1024 * 1024;

  private final Configuration configuration;
  private final String source;
  private final Path directory; // null: the bundled templates
  private final long timeLimitMillis =
      Long.getLong("tertial.templateTimeLimitMillis", 30_000L); // tests shorten it
  // Templates that already carry interruption checks (identity: cached Template objects).
  private final Set<Template> guarded = Collections.newSetFromMap(new IdentityHashMap<>());

  private TemplateEngine(TemplateLoader loader, String source, Path directory) {
    this.source = source;
    this.directory = directory;
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(loader);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setOutputFormat(XHTMLOutputFormat.INSTANCE);
    cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setObjectWrapper(new ViewModelObjectWrapper());
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setLocalizedLookup(false);
    cfg.setLocale(Messages.SWEDISH);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    // Templates never change while tertial runs: no modification checks.
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    this.configuration = cfg;
  }

  /** The default templates packaged in the jar. */
  public static TemplateEngine bundled() {
    return new TemplateEngine(
        new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), "templates"),
        "inbyggda mallar",
        null);
  }

  /**
   * A user's template directory; templates it lacks come from the bundled set. Links out of the
   * directory are not followed.
   *
   * @throws RenderException when {@code dir} is not a readable directory
   */
  public static TemplateEngine fromDirectory(Path dir) {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new RenderException(TEXT.get("templates.folderMissing", dir.toString()));
    }
    try {
      TemplateLoader files = new ConfinedTemplateLoader(dir);
      TemplateLoader bundled =
          new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), "templates");
      return new TemplateEngine(
          new MultiTemplateLoader(new TemplateLoader[] {files, bundled}), dir.toString(), dir);
    } catch (IOException e) {
      throw new RenderException(
          TEXT.get("templates.folderUnreadable", dir.toString(), String.valueOf(e.getMessage())),
          e);
    }
  }

  /** The user's template directory (its logo serves every unit), or empty for the bundled set. */
  public Optional<Path> directory() {
    return Optional.ofNullable(directory);
  }

  /**
   * Where {@code text} is written in the user's template directory: "common/tema.css (i MAPP), rad
   * 3" for the first regular file holding it (links, special files and files over {@value
   * #MAX_SEARCHED_BYTES} bytes are passed over); empty for the bundled templates or when no file
   * holds it.
   */
  Optional<String> whereWritten(String text) {
    if (directory == null) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(directory, 8)) {
      for (Path file : files.sorted().toList()) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
            || Files.size(file) > MAX_SEARCHED_BYTES) {
          continue;
        }
        String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        int at = content.indexOf(text);
        if (at >= 0) {
          int line = 1 + (int) content.substring(0, at).chars().filter(c -> c == '\n').count();
          String name = directory.relativize(file).toString().replace('\\', '/');
          return Optional.of(where(name, line, null));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty(); // the caller names the template's output instead
    }
    return Optional.empty();
  }

  /**
   * Processes {@code templateName} (e.g. {@code delarsbilaga.ftl}) with the view model as root.
   *
   * @throws RenderException when the template is missing, broken or does something not allowed
   */
  public String process(String templateName, Object viewModel) {
    try {
      Template template = configuration.getTemplate(templateName);
      guard(template);
      LimitedWriter out = new LimitedWriter(MAX_OUTPUT_CHARS);
      processWithTimeLimit(template, viewModel, out);
      return out.toString();
    } catch (TemplateNotFoundException e) {
      throw new RenderException("Mallen " + templateName + " finns inte (" + source + ").", e);
    } catch (freemarker.core.ParseException e) {
      throw new RenderException(
          "Fel i mallen "
              + where(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber())
              + ": syntaxfel: "
              + firstLine(e.getEditorMessage()),
          e);
    } catch (TemplateException e) {
      throw new RenderException(
          TEXT.get(
              "template.error",
              where(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()),
              TemplateErrors.reason(e)),
          e);
    } catch (LimitedWriter.TooLongException e) {
      throw new RenderException(
          TEXT.get("template.tooLong", source, Integer.toString(MAX_OUTPUT_CHARS / 1_000_000)), e);
    } catch (IOException e) {
      throw new RenderException(
          TEXT.get("template.unreadable", templateName, source, String.valueOf(e.getMessage())), e);
    } catch (StackOverflowError e) {
      throw new RenderException(TEXT.get("template.recursion", source), e);
    }
  }

  /**
   * Runs the template with a time limit: a watchdog thread interrupts this thread when the limit
   * passes, and the interruption checks FreeMarker inserts into every loop ({@link #guard}) stop
   * it.
   */
  private void processWithTimeLimit(Template template, Object viewModel, LimitedWriter out)
      throws TemplateException, IOException {
    Thread caller = Thread.currentThread();
    AtomicBoolean timedOut = new AtomicBoolean();
    Thread watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(timeLimitMillis);
                timedOut.set(true);
                caller.interrupt();
              } catch (InterruptedException finished) {
                // The template finished in time.
              }
            },
            "tertial-mallvakt");
    watchdog.setDaemon(true);
    watchdog.start();
    try {
      template.process(viewModel, out);
    } catch (RuntimeException e) {
      if (timedOut.get()) {
        throw new RenderException(
            TEXT.get("template.timedOut", source, seconds(timeLimitMillis)), e);
      }
      throw e;
    } finally {
      watchdog.interrupt();
      try {
        watchdog.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (timedOut.get()) {
        Thread.interrupted(); // our own interruption, not the caller's
      }
    }
    if (timedOut.get() && out.length() == 0) {
      throw new RenderException(TEXT.get("template.stopped", source));
    }
  }

  /** "30" or "0,5": seconds with a decimal comma, as every number the user reads. */
  private static String seconds(long millis) {
    return millis % 1000 == 0
        ? Long.toString(millis / 1000)
        : Double.toString(millis / 1000.0).replace('.', ',');
  }

  /** Adds FreeMarker's thread-interruption checks to every loop of a template, once. */
  private void guard(Template template) {
    synchronized (guarded) {
      if (guarded.add(template)) {
        freemarker.core._CoreAPI.addThreadInterruptedChecks(template);
      }
    }
  }

  private String where(String templateName, Integer line, Integer column) {
    StringBuilder text = new StringBuilder();
    String name = templateName == null ? source : templateName;
    text.append(name);
    if (!"inbyggda mallar".equals(source) && templateName != null) {
      text.append(" (i ").append(source).append(')');
    }
    if (line != null) {
      text.append(", rad ").append(line);
      if (column != null) {
        text.append(", kolumn ").append(column);
      }
    }
    return text.toString();
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
