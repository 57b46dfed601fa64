package se.tertial.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The one rule every command that writes a file follows: never write onto an input. An output
 * target is refused when it is, after symlinks and {@code ..} are resolved, an input file (the
 * workbook, the manifest, a {@code --from} workbook), a file inside an input CSV folder, a new
 * {@code .csv} file in such a folder (it would be read next time), or the input folder itself.
 * Immutable; build one per command run with every path it reads.
 */
public final class OutputPolicy {

  private record Input(Path given, Path real, boolean folder) {}

  private final List<Input> inputs;

  private OutputPolicy(List<Input> inputs) {
    this.inputs = List.copyOf(inputs);
  }

  /** A policy that protects {@code inputs} (files or folders; missing ones are kept by name). */
  public static OutputPolicy protecting(Collection<Path> inputs) {
    List<Input> list = new ArrayList<>();
    for (Path input : inputs) {
      if (input != null) {
        list.add(new Input(input, realPath(input), Files.isDirectory(input)));
      }
    }
    return new OutputPolicy(list);
  }

  /** The same policy also protecting {@code more}. */
  public OutputPolicy and(Path more) {
    List<Path> all = new ArrayList<>(inputs.stream().map(Input::given).toList());
    all.add(more);
    return protecting(all);
  }

  /**
   * Refuses {@code target} when writing it would overwrite an input.
   *
   * @throws OutputException with a Swedish message naming both paths
   */
  public void check(Path target) {
    Path real = realPath(target);
    for (Input input : inputs) {
      if (real.equals(input.real()) || sameFile(target, input.given())) {
        throw new OutputException(FileErrors.TEXTS.get("output.isInput", target, input.given()));
      }
      if (input.folder() && real.startsWith(input.real())) {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          throw new OutputException(
              FileErrors.TEXTS.get("output.inInputFolder", target, input.given()));
        }
        if (real.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
          throw new OutputException(
              FileErrors.TEXTS.get("output.csvInInputFolder", target, input.given()));
        }
      }
    }
  }

  /** {@link #check} then {@link AtomicFiles#write}. */
  public void write(Path target, byte[] bytes) {
    check(target);
    AtomicFiles.write(target, bytes);
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /**
   * The path with symlinks resolved as far as it exists, the rest appended: {@code link/new.pdf} →
   * {@code /real/folder/new.pdf}.
   */
  static Path realPath(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    List<String> rest = new ArrayList<>();
    while (existing != null && !Files.exists(existing)) {
      Path name = existing.getFileName();
      if (name != null) {
        rest.add(0, name.toString());
      }
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      Path real = existing.toRealPath();
      for (String part : rest) {
        real = real.resolve(part);
      }
      return real;
    } catch (IOException | SecurityException e) {
      return absolute;
    }
  }
}
