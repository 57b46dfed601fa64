package se.tertial.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.tertial.view.TextSanitizer;

/**
 * {@link TextSanitizer#toHtml} on 3 000 texts (times {@code tertial.fuzz.factor}) of markdown
 * pieces with nesting runs of up to 5 000 delimiters, on a thread with a small stack: it must never
 * throw (a stack overflow was exit 3) and always give well-formed output.
 */
class MarkdownFuzzTest {
  private static final String[] NESTING = {"*", "**", "_", "~~", "[", "*[", "> ", "- "};

  @Test
  void sanitizingNeverOverflowsTheStack() throws InterruptedException {
    FuzzText text = new FuzzText(11);
    TextSanitizer sanitizer = new TextSanitizer();
    int tries = 3_000 * FuzzText.FACTOR;
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              for (int i = 0; i < tries && failure.get() == null; i++) {
                String open = NESTING[text.nextInt(NESTING.length)];
                int depth = text.nextInt(10) == 0 ? text.nextInt(5_000) : text.nextInt(20);
                String input =
                    open.repeat(depth) + text.next(8) + open.repeat(text.nextInt(depth + 1));
                try {
                  assertThat(sanitizer.toHtml(input).html()).doesNotContain("<script");
                } catch (RuntimeException | Error e) {
                  failure.set(new AssertionError("seed " + FuzzText.SEED + ", try " + i, e));
                }
              }
            },
            "fuzz-small-stack",
            512 * 1024);
    thread.start();
    thread.join();

    assertThat(failure.get()).isNull();
  }
}
