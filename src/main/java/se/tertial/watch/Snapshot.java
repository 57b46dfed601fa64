package se.tertial.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Size and modification time of every watched file at one moment. Two equal snapshots mean nothing
 * was written in between (as far as the file system's time resolution shows).
 *
 * @param files each regular file under the roots with its stamp, sorted by path
 */
record Snapshot(Map<Path, Stamp> files) {

  /** What identifies one version of a file without reading it. */
  record Stamp(long size, long modifiedMillis) {}

  Snapshot {
    files = Map.copyOf(files);
  }

  /** Takes a snapshot of the roots (files, or folders walked recursively), minus ignored names. */
  static Snapshot of(List<Path> roots, Predicate<Path> ignored) {
    Map<Path, Stamp> files = new TreeMap<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> !ignored.test(p)).forEach(p -> stamp(p).ifPresent(s -> files.put(p, s)));
      } catch (NoSuchFileException e) {
        // Deleted while walking (an editor's save-by-rename): the next poll sees the new file.
      } catch (IOException | UncheckedIOException e) {
        // Unreadable for a moment; the next poll tries again.
      }
    }
    return new Snapshot(files);
  }

  private static Optional<Stamp> stamp(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        return Optional.empty();
      }
      return Optional.of(new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
