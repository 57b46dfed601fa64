package se.tertial.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI examples of docs/ci.md, run as written: the steps are read from the document's YAML (the
 * GitHub workflow's {@code run} steps, the GitLab job's {@code script}) and run under {@code bash
 * -e} in a generated data repository — four good units, unit 3 broken, unit 5 with a warning in
 * 2022-T2 — with {@code tertial} on the PATH. Only the install steps are left out: here tertial is
 * the build under test.
 */
class DocsCiTest {
  private static final Path DOC = Path.of("docs/ci.md");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir Path dir;

  /** One step's exit code and what it printed. */
  record Step(String name, int exit, String output) {}

  @Test
  void theGithubWorkflowGatesEveryUnitThenRendersTheGoodOnesAndWritesTheReports() throws Exception {
    Path repo = repository("github");
    JsonNode steps = YAML.readTree(block("## GitHub Actions")).at("/jobs/rapporter/steps");
    List<Step> ran = new ArrayList<>();
    for (JsonNode step : steps) {
      String name = step.path("name").asText();
      if (!step.has("run") || name.startsWith("Installera")) {
        continue;
      }
      // The batch must run after a failed gate, or the good units get no documents.
      if (name.startsWith("Skriv")) {
        assertThat(step.path("if").asText()).contains("failure()");
      }
      ran.add(bash(repo, name, step.get("run").asText()));
    }

    assertThat(ran).extracting(Step::name).hasSize(2);
    Step gate = ran.get(0);
    assertThat(gate.exit()).as(gate.output()).isEqualTo(2);
    assertThat(gate.output())
        .contains("::error file=enheter/enhet-03.xlsx,title=tertial number.invalid::")
        .contains("::warning file=enheter/enhet-05.xlsx,title=tertial outcome.missing (2022-T2)::")
        .contains("Kontroll klar: 5 enheter, 13 rapporter: 1 fel, 1 varning.");
    for (int unit = 1; unit <= 5; unit++) {
      assertThat(gate.output()).contains("enheter/enhet-0" + unit + ".xlsx");
    }
    CiOutputsTest.validateJunit(Files.readString(repo.resolve("kontroll/tertial-junit.xml")));
    assertThat(sarifErrors(repo.resolve("kontroll/tertial.sarif"))).isEmpty();
    Step batch = ran.get(1);
    assertThat(batch.exit()).as(batch.output()).isEqualTo(2);
    assertThat(pdfs(repo.resolve("ut"))).hasSize(12);
    CiOutputsTest.validateJunit(Files.readString(repo.resolve("kontroll/batch-junit.xml")));
    assertThat(repo.resolve("ut/batch-report.json")).isRegularFile();
  }

  @Test
  void theGitlabJobRendersTheGoodUnitsAfterAFailedGateAndEndsWithItsCode() throws Exception {
    Path repo = repository("gitlab");
    JsonNode script = YAML.readTree(block("## GitLab CI")).at("/rapporter/script");
    List<String> lines = new ArrayList<>();
    script.forEach(line -> lines.add(line.asText()));

    Step job = bash(repo, "script", String.join("\n", lines));

    assertThat(job.exit()).as(job.output()).isEqualTo(2);
    assertThat(pdfs(repo.resolve("ut"))).hasSize(12);
    CiOutputsTest.validateJunit(Files.readString(repo.resolve("kontroll/tertial-junit.xml")));
    assertThat(sarifErrors(repo.resolve("kontroll/tertial.sarif"))).isEmpty();
  }

  private Path repository(String name) throws IOException {
    Path repo = dir.resolve(name);
    CiRepository.write(repo, 5);
    return repo;
  }

  /** The first {@code yaml} block after {@code heading}. */
  private static String block(String heading) throws IOException {
    String doc = Files.readString(DOC);
    int start = doc.indexOf("```yaml", doc.indexOf(heading));
    int end = doc.indexOf("```", start + 7);
    return doc.substring(doc.indexOf('\n', start) + 1, end);
  }

  /**
   * Runs {@code script} as GitHub does ({@code bash --noprofile --norc -eo pipefail}) in {@code
   * repo}, with a {@code tertial} on the PATH that runs this build.
   */
  private Step bash(Path repo, String name, String script) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path tertial = bin.resolve("tertial");
    if (!Files.exists(tertial)) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Files.writeString(
          tertial,
          "#!/bin/sh\nexec '"
              + java
              + "' -XX:TieredStopAtLevel=1 -Duser.language=sv -cp '"
              + System.getProperty("java.class.path")
              + "' se.tertial.cli.TertialCommand \"$@\"\n");
      Files.setPosixFilePermissions(tertial, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Path file = Files.writeString(dir.resolve("step.sh"), script + "\n");
    ProcessBuilder builder =
        new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", file.toString())
            .directory(repo.toFile())
            .redirectErrorStream(true);
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().put("GITHUB_PATH", dir.resolve("github-path").toString());
    Process process = builder.start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    return new Step(name, process.exitValue(), output);
  }

  private static Set<ValidationMessage> sarifErrors(Path sarif) throws IOException {
    try (InputStream schema =
        DocsCiTest.class.getClassLoader().getResourceAsStream("ci/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
          .getSchema(schema)
          .validate(new ObjectMapper().readTree(sarif.toFile()));
    }
  }

  private static List<Path> pdfs(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".pdf")).toList();
    }
  }
}
