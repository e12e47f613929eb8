package org.dyad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The job's output folder on any Hadoop file system: one folder per table ({@code articles/},
 * {@code actors/}, {@code events/}, {@code quotes/}, {@code rejects/}), and {@code _staging/} for
 * commits under way.
 *
 * <p>A commit writes every table of a slice of articles into {@code _staging/commit-<id>/}, marks
 * it complete, then moves its files into the table folders, {@code articles/} last. Readers (Spark,
 * DuckDB, {@code dyad ingest --parquet}) skip folders starting with {@code _}, so a commit killed
 * while writing leaves nothing visible, and is deleted by the next run; one killed while moving is
 * finished by the next run before it reads what is done. An article counts as done when its {@code
 * articles} row is visible, and that row moves last, so a rerun never codes an article whose other
 * rows are already published. Used on the driver, from one thread.
 */
final class OutputFolder {
  /** The order in which a commit's tables are published: {@code articles} last, see above. */
  static final List<String> PUBLISH_ORDER =
      List.of("rejects", "actors", "quotes", "events", "articles");

  private static final String COMPLETE = "_COMPLETE";

  private final Path root;
  private final FileSystem fs;

  OutputFolder(String dir, Configuration conf) {
    try {
      Path p = new Path(dir);
      this.fs = p.getFileSystem(conf);
      this.root = fs.makeQualified(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the output folder " + dir, e);
    }
  }

  Path table(String name) {
    return new Path(root, name);
  }

  Path staging(int commitId) {
    return new Path(new Path(root, "_staging"), "commit-" + commitId);
  }

  /** True when {@code table} has at least one published file. */
  boolean hasTable(String name) throws IOException {
    Path t = table(name);
    if (!fs.exists(t)) {
      return false;
    }
    RemoteIterator<LocatedFileStatus> files = fs.listFiles(t, true);
    while (files.hasNext()) {
      if (visible(t, files.next().getPath())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Finishes the commits a killed run completed but did not publish and deletes the ones it did not
   * complete; returns the number of each.
   */
  int[] recover() throws IOException {
    Path staging = new Path(root, "_staging");
    int published = 0;
    int dropped = 0;
    if (!fs.exists(staging)) {
      return new int[] {0, 0};
    }
    for (FileStatus commit : fs.listStatus(staging)) {
      if (fs.exists(new Path(commit.getPath(), COMPLETE))) {
        publish(commit.getPath());
        published++;
      } else {
        fs.delete(commit.getPath(), true);
        dropped++;
      }
    }
    return new int[] {published, dropped};
  }

  /** Marks the staged commit complete: from here on it is published, now or by the next run. */
  void complete(int commitId) throws IOException {
    fs.create(new Path(staging(commitId), COMPLETE), true).close();
  }

  void publish(int commitId) throws IOException {
    publish(staging(commitId));
  }

  private void publish(Path commit) throws IOException {
    for (String table : PUBLISH_ORDER) {
      Path from = new Path(commit, table);
      if (!fs.exists(from)) {
        continue;
      }
      List<Path> files = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(from, true);
      while (it.hasNext()) {
        Path p = it.next().getPath();
        if (visible(from, p)) {
          files.add(p);
        }
      }
      for (Path file : files) {
        // Spark's file names carry the write job's UUID, so they never collide with published ones.
        String relative = from.toUri().relativize(file.toUri()).getPath();
        Path to = new Path(table(table), relative);
        fs.mkdirs(to.getParent());
        if (!fs.rename(file, to)) {
          throw new IOException("cannot move " + file + " to " + to);
        }
      }
    }
    fs.delete(commit, true);
  }

  /** Spark's and Hadoop's rule: names starting with _ or . below {@code base} are not data. */
  private static boolean visible(Path base, Path file) {
    for (Path p = file; p != null && !p.equals(base); p = p.getParent()) {
      String n = p.getName();
      if (n.startsWith("_") || n.startsWith(".")) {
        return false;
      }
    }
    return true;
  }
}
