package org.dyad.input;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * Reads a decompressing stream up to the point where its compressed data is cut off or damaged, and
 * ends there as if the file ended, remembering the damage: so the complete records before it can
 * still be read, and the damage reported afterwards. Without it, a reader that buffers ahead (a
 * {@code BufferedReader} fills 64 KiB at a time) loses every line decoded in the buffer that hit
 * the damage, which for a small file is all of them. One stream, one thread.
 */
final class UpToDamage extends FilterInputStream {
  private IOException damage;
  private int lastByte = -1;

  UpToDamage(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (damage != null) {
      return -1;
    }
    try {
      int n = in.read(b, off, len);
      if (n > 0) {
        lastByte = b[off + n - 1] & 0xff;
      }
      return n;
    } catch (EOFException | ZipException e) {
      damage = e;
      return -1;
    }
  }

  @Override
  public int available() throws IOException {
    return damage != null ? 0 : super.available();
  }

  /** Why the stream ended early, or null when it ended where its data did. */
  IOException damage() {
    return damage;
  }

  /** True when the last byte read before the end (or the damage) was a line break. */
  boolean endedWithLineBreak() {
    return lastByte == '\n';
  }

  /** The damage described for people: the file's message names the file. */
  String describe() {
    return damage instanceof EOFException
        ? "truncated file: ended before its compressed data did"
        : "damaged gzip data (" + damage.getMessage() + ")";
  }
}
