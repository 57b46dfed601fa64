package se.tertial.batch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A manifest's bytes as text: UTF-8 (with or without a byte order mark), or UTF-16 as Windows
 * editors save it ("Unicode" in Notepad), told by its byte order mark or its zero bytes. Anything
 * else is a Swedish error naming the line, never a {@code CharConversionException}.
 */
final class ManifestText {
  private ManifestText() {}

  static String decode(Path file, byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(file, bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(file, bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(file, bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && bytes[0] != 0 && bytes[1] == 0) {
      return strict(file, bytes, 0, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && bytes[0] == 0 && bytes[1] != 0) {
      return strict(file, bytes, 0, StandardCharsets.UTF_16BE);
    }
    return strict(file, bytes, 0, StandardCharsets.UTF_8);
  }

  private static String strict(Path file, byte[] bytes, int offset, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      int line = 1;
      int good = goodPrefix(bytes, offset, charset);
      for (int i = offset; i < good; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new BatchException(
          file
              + ": manifestet är inte kodat som UTF-8 (en ogiltig byte på rad "
              + line
              + "); spara det som UTF-8");
    }
  }

  /** Where decoding first fails. */
  private static int goodPrefix(byte[] bytes, int offset, Charset charset) {
    var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
    return in.position();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
