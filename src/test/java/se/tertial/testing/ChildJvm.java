package se.tertial.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** tertial in a JVM of its own, as a user starts it: the tests' classpath, or a runnable jar. */
public final class ChildJvm {
  private ChildJvm() {}

  /** The {@code java} of the JVM running the tests. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The classpath of the running tests, for {@code java -cp}. */
  public static String classpath() {
    return System.getProperty("java.class.path");
  }

  /**
   * Writes a jar at {@code jar} that runs tertial with {@code java -jar}: its manifest names the
   * main class and, as URLs, every classpath entry of the tests (surefire's own manifest-only jar
   * is opened up), so the launcher can run it without a package step.
   */
  public static void runnableJar(Path jar) throws IOException {
    List<String> urls = new ArrayList<>();
    for (String entry : classpath().split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath();
      String classPath = null;
      if (Files.isRegularFile(path) && path.getFileName().toString().startsWith("surefire")) {
        try (JarFile booter = new JarFile(path.toFile())) {
          Manifest manifest = booter.getManifest();
          classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
        }
      }
      if (classPath != null) {
        for (String url : classPath.trim().split("\\s+")) {
          urls.add(
              url.startsWith("file:") ? url : path.getParent().toUri().resolve(url).toString());
        }
      } else {
        urls.add(path.toUri().toString());
      }
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "se.tertial.cli.TertialCommand");
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
    Files.createDirectories(jar.getParent());
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream ignored = new JarOutputStream(out, manifest)) {
      // The manifest is the whole jar.
    }
  }
}
