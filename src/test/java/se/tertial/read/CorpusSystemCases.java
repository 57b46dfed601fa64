package se.tertial.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import se.tertial.testing.BombImages;

/**
 * Corpus cases of the system around the input: named pipes (made for real with {@code mkfifo}) as
 * the input, as a file of a CSV folder, as the logo, as a batch glob's match and as the target of
 * {@code init}/{@code next-period --force}; a theme that is a FIFO; a decompression bomb in a
 * template's data URI; a manifest in UTF-16. A case whose FIFO cannot be made is skipped.
 */
final class CorpusSystemCases {
  private CorpusSystemCases() {}

  static Map<String, CorpusInputs.Generator> generators() {
    Map<String, CorpusInputs.Generator> map = new LinkedHashMap<>();
    map.put("file-fifo-as-input", CorpusSystemCases::fifo);
    map.put(
        "csv-fifo-in-folder",
        t -> {
          new Fixture().writeCsv(t);
          Files.delete(t.resolve("utfall.csv"));
          fifo(t.resolve("utfall.csv"));
        });
    map.put(
        "csv-logo-is-a-fifo",
        t -> {
          new Fixture().writeCsv(t);
          fifo(t.resolve("logo.png"));
        });
    map.put("out-init-force-onto-a-fifo", t -> new Fixture().writeCsv(t));
    map.put("out-next-period-force-onto-a-fifo", t -> new Fixture().writeCsv(t));
    map.put(
        "out-render-theme-is-a-fifo",
        t -> {
          new Fixture().writeCsv(t);
          fifo(Files.createDirectories(t.resolveSibling("mallar/common")).resolve("tema.css"));
        });
    map.put("out-render-template-data-uri-bomb", CorpusSystemCases::templateWithBomb);
    // The command line holds the period decomposed (as macOS hands it over), the file composed.
    map.put("out-check-period-in-nfd", t -> new Fixture().writeCsv(t));
    map.put("out-batch-manifest-in-utf16", CorpusSystemCases::utf16Manifest);
    map.put("out-batch-glob-matches-a-fifo", CorpusSystemCases::globWithFifo);
    return map;
  }

  /** A named pipe at {@code target}; the case is skipped where mkfifo is missing. */
  static void fifo(Path target) throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder("mkfifo", target.toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
  }

  /** A CSV folder and, beside it, a template folder whose report template embeds a 25 000² PNG. */
  private static void templateWithBomb(Path target) throws IOException {
    new Fixture().writeCsv(target);
    Path templates = Files.createDirectories(target.resolveSibling("mallar"));
    Files.writeString(
        templates.resolve("delarsbilaga.ftl"),
        """
        <#ftl output_format="XHTML">
        <html xmlns="http://www.w3.org/1999/xhtml" lang="sv"><head><title>Bilaga</title></head>
        <body>
        <p><img src="%s" alt="Karta"/></p>
        </body></html>
        """
            .formatted(BombImages.dataUri("image/png", BombImages.png(25_000, 25_000))),
        StandardCharsets.UTF_8);
  }

  /** A manifest in UTF-16 with a byte order mark, naming a CSV folder beside it. */
  private static void utf16Manifest(Path target) throws IOException {
    new Fixture().writeCsv(target.resolveSibling("enhet"));
    Files.write(target, "inputs: [\"enhet\"]\n".getBytes(StandardCharsets.UTF_16));
  }

  /** A manifest whose glob matches a CSV folder and a named pipe. */
  private static void globWithFifo(Path target) throws IOException, InterruptedException {
    Path units = Files.createDirectories(target.resolveSibling("enheter"));
    new Fixture().writeCsv(units.resolve("norr"));
    fifo(units.resolve("syd.xlsx"));
    Files.writeString(target, "inputs: [\"enheter/*\"]\n", StandardCharsets.UTF_8);
  }
}
