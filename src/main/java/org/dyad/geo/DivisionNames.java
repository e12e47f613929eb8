package org.dyad.geo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The keys a first-level division is found by: its name, and its name without the generic word
 * GeoNames gives some of them ("Maidan Wardak Province", "Muhafazat Halab", "Oblast") so that the
 * text's "Wardak" finds it. Stateless.
 */
final class DivisionNames {
  private DivisionNames() {}

  /** Words for a kind of division, as a prefix or suffix of its name (folded). */
  static final Pattern GENERIC =
      Pattern.compile(
          "^(?:(?:state|province|provincia|region|governorate|muhafazat|wilayat|wilayah|departement"
              + "|departamento|estado|prefecture) (?:of )?)|(?: (?:province|provinsi|state|region"
              + "|governorate|oblast|oblysy|krai|kray|prefecture|district|county|division|department"
              + "|region of|autonomous region|special administrative region|municipality|territory"
              + "|voivodeship|canton|parish|emirate|wilayah|vilayeti|ili))$");

  static List<String> keys(String name) {
    Set<String> keys = new LinkedHashSet<>();
    String key = NameKey.of(name);
    keys.add(key);
    String bare = GENERIC.matcher(key).replaceAll("").strip();
    if (!bare.isEmpty()) {
      keys.add(bare);
    }
    return List.copyOf(keys);
  }
}
