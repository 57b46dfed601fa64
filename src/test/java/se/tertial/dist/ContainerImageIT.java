package se.tertial.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image for pipelines ({@code mvn -B -Pdist,jlink,image verify}, built by Jib without
 * a Docker daemon): its configuration (entrypoint, unprivileged user, nothing exposed, fixed
 * creation time), its size, and a real run of it. Without a container engine on the build machine
 * the image's layers are unpacked into a root folder and its entrypoint is run there with {@code
 * chroot} as user 65532, in new network, mount and process namespaces ({@code unshare -n}: no
 * network at all), with the {@code /proc} and {@code /dev} nodes a container engine provides. The
 * PDF it writes must be byte-identical to the one the release jar writes on the host, and a broken
 * workbook must end with exit 2 and a Swedish finding.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainerImageIT {

  /** The image as Jib writes it: about 95 MB today; a bound that catches a doubled layer. */
  private static final long MAX_IMAGE_BYTES = 160L * 1024 * 1024;

  private Path image;
  private Path unpacked;
  private JsonNode config;

  @BeforeAll
  void unpack(@TempDir Path tmp) throws Exception {
    String name = System.getProperty("tertial.image.tar");
    assumeTrue(name != null, "körs av failsafe i -Pdist,jlink,image");
    image = Path.of(name);
    assumeTrue(Files.isRegularFile(image), "ingen avbild byggd (profilen image): " + image);
    unpacked = Files.createDirectories(tmp.resolve("image"));
    assertThat(run(List.of("tar", "-xf", "" + image, "-C", "" + unpacked), null).exit()).isZero();
    ObjectMapper json = new ObjectMapper();
    JsonNode manifest = json.readTree(unpacked.resolve("manifest.json").toFile()).get(0);
    config = json.readTree(unpacked.resolve(manifest.path("Config").asText()).toFile());
    assertThat(manifest.path("RepoTags").get(0).asText())
        .isEqualTo("tertial:" + System.getProperty("tertial.version"));
  }

  @Test
  void runsTertialAsAnUnprivilegedUserWithNothingExposed() {
    JsonNode c = config.path("config");
    List<String> entrypoint = texts(c.path("Entrypoint"));
    assertThat(entrypoint.get(0)).isEqualTo("/opt/tertial/runtime/bin/java");
    assertThat(entrypoint).endsWith("se.tertial.cli.TertialCommand");
    assertThat(c.path("User").asText()).isEqualTo("65532:65532");
    assertThat(texts(c.path("Env"))).contains("LC_ALL=C.UTF-8");
    assertThat(c.path("ExposedPorts").size()).isZero();
    assertThat(c.path("WorkingDir").asText()).isEqualTo("/work");
    // Reproducible: Jib's fixed creation time, not the build's clock.
    assertThat(config.path("created").asText()).isEqualTo("1970-01-01T00:00:00Z");
  }

  @Test
  void staysSmall() throws IOException {
    assertThat(Files.size(image)).isLessThan(MAX_IMAGE_BYTES);
  }

  @Test
  void rendersTheSameBytesAsTheReleaseJarWithoutNetwork(@TempDir Path tmp) throws Exception {
    assumeTrue(canIsolate(), "chroot och unshare kräver root och util-linux");
    Path root = Files.createDirectories(tmp.resolve("root"));
    JsonNode manifest =
        new ObjectMapper().readTree(unpacked.resolve("manifest.json").toFile()).get(0);
    for (JsonNode layer : manifest.path("Layers")) {
      Path file = unpacked.resolve(layer.asText());
      assertThat(run(List.of("tar", "-xzf", "" + file, "-C", "" + root), null).exit()).isZero();
    }
    Files.createDirectories(root.resolve("proc"));
    // What every container engine gives a container: without /dev/urandom the JVM seeds its
    // random numbers (temporary file names) by timing threads, seconds of CPU per run.
    Path dev = Files.createDirectories(root.resolve("dev"));
    for (String[] node : new String[][] {{"null", "3"}, {"zero", "5"}, {"urandom", "9"}}) {
      Result made =
          run(List.of("mknod", "-m", "666", "" + dev.resolve(node[0]), "c", "1", node[1]), null);
      assertThat(made.exit()).as(made.out()).isZero();
    }
    Path sample = Path.of("sample-data/lansjukvard2/lansjukvard2.xlsx").toAbsolutePath();
    Files.copy(sample, root.resolve("work/länssjukvård.xlsx"));

    Result inImage = inContainer(root, "render", "/work/länssjukvård.xlsx", "-o", "/work/å.pdf");
    assertThat(inImage.exit()).as(inImage.out()).isZero();
    assertThat(inImage.out()).contains("Skrev /work/å.pdf");

    Path jar = Path.of(System.getProperty("tertial.jar"));
    Path onHost = tmp.resolve("värd.pdf");
    Result host =
        run(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                "" + jar,
                "render",
                "" + sample,
                "-o",
                "" + onHost),
            null);
    assertThat(host.exit()).as(host.out()).isZero();
    assertThat(Files.readAllBytes(root.resolve("work/å.pdf")))
        .isEqualTo(Files.readAllBytes(onHost));

    Files.writeString(root.resolve("work/trasig.xlsx"), "inte en arbetsbok");
    Result broken = inContainer(root, "check", "/work/trasig.xlsx");
    assertThat(broken.exit()).as(broken.out()).isEqualTo(2);
    assertThat(broken.out()).contains("trasig.xlsx").doesNotContain("Exception");
  }

  /** The image's entrypoint in the unpacked root, as its user, with its environment, no network. */
  private Result inContainer(Path root, String... args) throws Exception {
    JsonNode c = config.path("config");
    List<String> command =
        new ArrayList<>(
            List.of(
                "unshare",
                "-n",
                "-m",
                "-p",
                "-f",
                "--mount-proc=" + root.resolve("proc"),
                "chroot",
                "--userspec=" + c.path("User").asText(),
                "" + root));
    command.addAll(texts(c.path("Entrypoint")));
    command.addAll(List.of(args));
    return run(command, texts(c.path("Env")));
  }

  private static boolean canIsolate() throws Exception {
    return run(List.of("unshare", "-n", "-m", "-p", "-f", "true"), null).exit() == 0
        && run(List.of("sh", "-c", "command -v chroot"), null).exit() == 0;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(t -> texts.add(t.asText()));
    return texts;
  }

  private record Result(int exit, String out) {}

  private static Result run(List<String> command, List<String> environment) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (environment != null) {
      builder.environment().clear();
      builder.environment().put("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
      for (String pair : environment) {
        int eq = pair.indexOf('=');
        builder.environment().put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
    return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
