package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad ingest --parquet}: tables laid out as the Spark job writes them (a folder per table,
 * a folder per article date, hidden checksum files beside the data) come into a store with the same
 * rows a direct ingest gives; importing them again stores nothing twice.
 */
class ParquetImportTest {
  @TempDir Path dir;

  @Test
  void theSparkLayoutImportsToTheSameRowsAndOnlyOnce() throws Exception {
    Path exported = dir.resolve("export");
    try (Store direct = Store.open(dir.resolve("direct"))) {
      StoreFixtures.write(direct, StoreFixtures.china(), StoreFixtures.russia());
      new Exporter(direct).export(Exporter.Format.parquet, exported);
    }
    Path job = dir.resolve("job");
    for (String table : Exporter.TABLE_COLUMNS.keySet()) {
      Path partition = job.resolve(table).resolve("article_date=2018-06-20");
      Files.createDirectories(partition);
      Files.copy(exported.resolve(table + ".parquet"), partition.resolve("part-00000-x.parquet"));
      Files.writeString(partition.resolve(".part-00000-x.parquet.crc"), "not data");
    }
    Files.createDirectories(job.resolve("_staging/commit-9/articles"));

    try (Store store = Store.open(dir.resolve("imported"))) {
      Store.ParquetImport first = store.importParquet(job, 1);
      assertEquals(new Store.ParquetImport(2, 0), first);
      Store.ParquetImport again = store.importParquet(job, 2);
      assertEquals(new Store.ParquetImport(0, 2), again);
      assertEquals(2, store.articleCount());
    }
    try (Connection files = DriverManager.getConnection("jdbc:duckdb:");
        Connection imported =
            DriverManager.getConnection(
                "jdbc:duckdb:" + dir.resolve("imported").resolve(Store.DATABASE_FILE))) {
      for (String table : List.of("events", "quotes", "actors")) {
        String select = "SELECT " + String.join(", ", Exporter.TABLE_COLUMNS.get(table));
        List<List<String>> direct =
            rows(
                files,
                select + " FROM read_parquet('" + exported.resolve(table + ".parquet") + "')");
        assertTrue(!direct.isEmpty(), table);
        assertEquals(direct, rows(imported, select + " FROM " + table), table);
      }
    }
  }

  private static List<List<String>> rows(Connection db, String sql) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(r.getString(i));
        }
        out.add(row);
      }
    }
    out.sort((a, b) -> a.toString().compareTo(b.toString()));
    return out;
  }
}
