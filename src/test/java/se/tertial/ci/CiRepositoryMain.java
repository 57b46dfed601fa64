package se.tertial.ci;

import java.nio.file.Path;

/** Writes the CI repository fixture to a folder, for measuring by hand (docs/performance.md). */
final class CiRepositoryMain {
  private CiRepositoryMain() {}

  public static void main(String[] args) throws Exception {
    CiRepository.write(Path.of(args[0]), Integer.parseInt(args[1]));
  }
}
