package org.dyad.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns file bytes into text: refuses binary data, honours a byte-order mark, reads UTF-8 strictly
 * and falls back to Windows-1252 (the usual encoding of older news text) when the bytes are not
 * UTF-8. Stateless.
 */
final class Decoder {
  private Decoder() {}

  /** Decoded text, or an exception whose message says why the bytes are not text. */
  static String decode(byte[] bytes) throws InputException {
    if (bytes.length == 0) {
      throw new InputException("empty file");
    }
    if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    int offset =
        bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    int control = 0;
    int sample = Math.min(bytes.length, 65536);
    for (int i = offset; i < sample; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        throw new InputException("binary data (NUL byte at offset " + i + "), not text");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (control > sample / 20) {
      throw new InputException(
          "binary data (" + control + " control bytes in the first " + sample + "), not text");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, offset, bytes.length - offset, Charset.forName("windows-1252"));
    }
  }
}
