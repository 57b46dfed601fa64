package se.tertial.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
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
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.TimeZone;
import se.tertial.files.RenderException;
import se.tertial.model.Messages;

/**
 * FreeMarker set up for untrusted templates: XHTML output with auto-escaping, no {@code ?new}, no
 * {@code ?api}, only the view model visible ({@link ViewModelObjectWrapper}), errors rethrown.
 * Templates come from the jar ({@code /templates}) or from a user's directory, which may override
 * any subset of them. One instance per template source; thread-safe after construction.
 */
public final class TemplateEngine {

  private final Configuration configuration;
  private final String source;

  private TemplateEngine(TemplateLoader loader, String source) {
    this.source = source;
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
        "inbyggda mallar");
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
      throw new RenderException("Mallkatalogen " + dir + " finns inte eller är ingen katalog.");
    }
    try {
      TemplateLoader files = new FileTemplateLoader(dir.toFile(), false);
      TemplateLoader bundled =
          new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), "templates");
      return new TemplateEngine(
          new MultiTemplateLoader(new TemplateLoader[] {files, bundled}), dir.toString());
    } catch (IOException e) {
      throw new RenderException("Mallkatalogen " + dir + " kan inte läsas: " + e.getMessage(), e);
    }
  }

  /**
   * Processes {@code templateName} (e.g. {@code delarsbilaga.ftl}) with the view model as root.
   *
   * @throws RenderException when the template is missing, broken or does something not allowed
   */
  public String process(String templateName, Object viewModel) {
    try {
      Template template = configuration.getTemplate(templateName);
      StringWriter out = new StringWriter(64 * 1024);
      template.process(viewModel, out);
      return out.toString();
    } catch (TemplateNotFoundException e) {
      throw new RenderException("Mallen " + templateName + " finns inte (" + source + ").", e);
    } catch (freemarker.core.ParseException e) {
      throw new RenderException("Fel i mallen (" + source + "): " + firstLine(e.getMessage()), e);
    } catch (TemplateException e) {
      throw new RenderException(
          "Fel i mallen (" + source + "): " + firstLine(e.getMessageWithoutStackTop()), e);
    } catch (IOException e) {
      throw new RenderException(
          "Mallen " + templateName + " kan inte läsas (" + source + "): " + e.getMessage(), e);
    }
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
