package se.tertial.render;

import freemarker.cache.FileTemplateLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import se.tertial.files.SpecialFiles;
import se.tertial.model.Messages;

/**
 * A user's template directory, confined to itself: a template (or included file) that is a symlink,
 * or lies under one, resolving outside the directory is an error, not silently skipped.
 * (FreeMarker's own {@code FileTemplateLoader} would treat it as missing, so the bundled template
 * would be used instead without a word.)
 */
final class ConfinedTemplateLoader extends FileTemplateLoader {
  private static final Messages.Bundle TEXT = new Messages.Bundle("se.tertial.render.messages");

  private final Path dir;
  private final Path realDir;

  ConfinedTemplateLoader(Path dir) throws IOException {
    super(dir.toFile(), false);
    this.dir = dir.toAbsolutePath().normalize();
    this.realDir = dir.toRealPath();
  }

  @Override
  public Object findTemplateSource(String name) throws IOException {
    Path candidate = dir.resolve(name).normalize();
    Optional<String> special = SpecialFiles.describe(candidate);
    if (special.isPresent()) {
      // Never opened (a FIFO would wait forever) and never passed over for the built-in file of
      // the same name either: the user meant this one.
      throw new IOException(TEXT.get("template.special", name, special.get()));
    }
    if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
      Path real;
      try {
        real = candidate.toRealPath();
      } catch (IOException e) {
        throw new IOException(TEXT.get("template.brokenLink", name), e);
      }
      if (!real.startsWith(realDir) || !candidate.startsWith(dir)) {
        throw new IOException(TEXT.get("template.outsideFolder", name, real.toString()));
      }
    }
    return super.findTemplateSource(name);
  }
}
