package se.tertial.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unpacks the release archive ({@code mvn -B -Pdist verify}, run by failsafe after {@code package})
 * and runs its {@code bin/tertial} as an analyst would: no Maven on PATH, only a Java runtime,
 * {@code LANG=C} and a folder named with å, ä and ö. The first render records the start-up archive,
 * the second one must load classes from it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistArchiveIT {

  private Path tmp;
  private Path home;
  private Path cache;
  private Path work;

  @BeforeAll
  void unpack(@TempDir Path classDir) throws Exception {
    tmp = classDir;
    String archive = System.getProperty("tertial.dist.archive");
    assumeTrue(archive != null, "körs av failsafe i -Pdist");
    assumeTrue(
        !System.getProperty("os.name").startsWith("Windows"), "bin/tertial är ett sh-skript");
    Path unpacked = Files.createDirectories(tmp.resolve("install"));
    Process tar =
        new ProcessBuilder("tar", "-xzf", archive, "-C", unpacked.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(tar.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(tar.exitValue()).isZero();
    try (Stream<Path> top = Files.list(unpacked)) {
      home = top.findFirst().orElseThrow();
    }
    cache = tmp.resolve("cache");
    work = Files.createDirectories(tmp.resolve("rapporter åäö"));
    Files.copy(
        home.resolve("sample-data/lansjukvard2/lansjukvard2.xlsx"),
        work.resolve("länssjukvård.xlsx"));
  }

  @Test
  @Order(1)
  void holdsLaunchersJarTemplatesSamplesDocsLicencesAndSbom() throws Exception {
    assertThat(home.getFileName().toString()).startsWith("tertial-");
    assertThat(Files.isExecutable(home.resolve("bin/tertial"))).isTrue();
    assertThat(Files.readString(home.resolve("bin/tertial.cmd"))).contains("\r\n");
    assertThat(home.resolve("lib/tertial-" + System.getProperty("tertial.version") + ".jar"))
        .isRegularFile();
    assertThat(home.resolve("templates/delarsbilaga.ftl")).isRegularFile();
    assertThat(home.resolve("docs/install.md")).isRegularFile();
    assertThat(home.resolve("README.md")).isRegularFile();
    assertThat(Files.readString(home.resolve("THIRD-PARTY.txt")))
        .contains("(LGPL-2.1-or-later) Openhtmltopdf Core Renderer")
        .contains("(Apache-2.0) picocli");
    JsonNode bom = new ObjectMapper().readTree(home.resolve("bom.json").toFile());
    assertThat(bom.path("bomFormat").asText()).isEqualTo("CycloneDX");
    List<String> components = new ArrayList<>();
    bom.path("components").forEach(c -> components.add(c.path("purl").asText()));
    assertThat(components)
        .anyMatch(p -> p.startsWith("pkg:maven/info.picocli/picocli@"))
        .anyMatch(p -> p.startsWith("pkg:maven/org.apache.poi/poi-ooxml@"))
        .noneMatch(p -> p.contains("junit"));
    assertThat(home.resolve("bom.xml")).isRegularFile();
    try (Stream<Path> files = Files.walk(home.resolve("sample-data"))) {
      assertThat(files.map(Path::toString)).noneMatch(n -> n.endsWith(".pdf"));
    }
  }

  @Test
  @Order(2)
  void rendersTheSampleWithoutMavenThenReusesTheStartUpArchive() throws Exception {
    Path lib = home.resolve("lib");
    // An install folder the user cannot write to: the archive goes to the user's cache instead.
    // (root can write anyway; then the archive lands in lib/, as the launcher's -w test says.)
    Files.setPosixFilePermissions(lib, PosixFilePermissions.fromString("r-xr-xr-x"));
    Path archiveDir = Files.isWritable(lib) ? lib : cache.resolve("tertial");

    assertThat(run("sh", "-c", "command -v mvn").exit()).isNotZero();
    Path pdf = work.resolve("bilaga.pdf");
    Result first = run(home.resolve("bin/tertial").toString(), "render", input(), "-o", "" + pdf);
    assertThat(first.exit()).as(first.out()).isZero();
    assertThat(first.out()).contains("Skrev").contains("bilaga.pdf");
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    assertThat(archives(archiveDir)).as("start-up archive in " + archiveDir).hasSize(1);

    Files.delete(pdf);
    Result second =
        run(
            Map.of("JAVA_OPTS", "-Xlog:class+load=info"),
            home.resolve("bin/tertial").toString(),
            "render",
            input(),
            "-o",
            "" + pdf);
    assertThat(second.exit()).as(second.out()).isZero();
    assertThat(pdf).isRegularFile();
    assertThat(second.out()).containsPattern("se\\.tertial\\.\\S+ source: shared objects file");
    Files.setPosixFilePermissions(lib, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private String input() {
    return work.resolve("länssjukvård.xlsx").toString();
  }

  private static List<Path> archives(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().matches(".*\\.(jsa|aot)$")).toList();
    }
  }

  private record Result(int exit, String out) {}

  private static final List<String> TOOLS =
      List.of(
          "sh",
          "dirname",
          "readlink",
          "sed",
          "cksum",
          "cut",
          "mkdir",
          "mv",
          "rm",
          "grep",
          "cat",
          "uname",
          "find",
          "head");

  private Path tools() throws IOException {
    Path dir = tmp.resolve("tools");
    if (Files.isDirectory(dir)) {
      return dir;
    }
    Files.createDirectories(dir);
    for (String tool : TOOLS) {
      for (String folder : List.of("/usr/bin", "/bin")) {
        Path real = Path.of(folder, tool);
        if (Files.isExecutable(real)) {
          Files.createSymbolicLink(dir.resolve(tool), real);
          break;
        }
      }
    }
    return dir;
  }

  private Result run(String... command) throws Exception {
    return run(Map.of(), command);
  }

  /**
   * Runs with PATH = this JVM's bin plus a folder holding only the POSIX tools the launcher uses
   * (/usr/bin may hold mvn), HOME and the cache in the temporary folder, and LANG=C.
   */
  private Result run(Map<String, String> extra, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.clear();
    Path javaBin = Path.of(System.getProperty("java.home"), "bin");
    env.put("PATH", javaBin + ":" + tools());
    env.put("HOME", Files.createDirectories(tmp.resolve("home")).toString());
    env.put("XDG_CACHE_HOME", cache.toString());
    env.put("LANG", "C");
    env.putAll(extra);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
