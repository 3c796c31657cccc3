package vn.khoidn.portal.application.submission;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything typed on a form: figures per organization of the form (the grassroots organization and
 * its subordinate cells) and indicator, and the three narratives. Kept by the page, so nothing
 * typed is lost when a save is refused.
 */
public class FormInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, Map<String, EntryInput>> entries = new LinkedHashMap<>();
  private String results;
  private String difficulties;
  private String proposals;

  /**
   * The figures of one organization and indicator, created empty on first use.
   *
   * @param organizationCode the organization's code
   * @param indicatorCode the indicator's code
   * @return the entry
   */
  public EntryInput entry(String organizationCode, String indicatorCode) {
    return entries
        .computeIfAbsent(organizationCode, k -> new LinkedHashMap<>())
        .computeIfAbsent(indicatorCode, k -> new EntryInput());
  }

  /** Every entry, by organization code and indicator code. */
  public Map<String, Map<String, EntryInput>> entries() {
    return entries;
  }

  public String getResults() {
    return results;
  }

  public void setResults(String results) {
    this.results = results;
  }

  public String getDifficulties() {
    return difficulties;
  }

  public void setDifficulties(String difficulties) {
    this.difficulties = difficulties;
  }

  public String getProposals() {
    return proposals;
  }

  public void setProposals(String proposals) {
    this.proposals = proposals;
  }

  /** A deep copy: what the page loaded, kept aside while the user types into this one. */
  public FormInput copy() {
    FormInput c = new FormInput();
    entries.forEach(
        (org, byIndicator) ->
            byIndicator.forEach(
                (code, e) ->
                    c.entries
                        .computeIfAbsent(org, k -> new LinkedHashMap<>())
                        .put(code, e.copy())));
    c.results = results;
    c.difficulties = difficulties;
    c.proposals = proposals;
    return c;
  }

  /**
   * Whether one organization's block holds the same figures here as in another input.
   *
   * @param other the other input
   * @param organizationCode the block's organization
   * @return true if no entry of the block differs
   */
  public boolean sameBlock(FormInput other, String organizationCode) {
    Map<String, EntryInput> mine = entries.getOrDefault(organizationCode, Map.of());
    Map<String, EntryInput> theirs = other.entries.getOrDefault(organizationCode, Map.of());
    java.util.Set<String> codes = new java.util.HashSet<>(mine.keySet());
    codes.addAll(theirs.keySet());
    for (String code : codes) {
      EntryInput a = mine.get(code);
      if (!(a == null ? new EntryInput() : a).sameAs(theirs.get(code))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Puts another input's block of one organization in place of this one's.
   *
   * @param other where the block comes from
   * @param organizationCode the block's organization
   */
  public void takeBlock(FormInput other, String organizationCode) {
    Map<String, EntryInput> block = new LinkedHashMap<>();
    other
        .entries
        .getOrDefault(organizationCode, Map.of())
        .forEach((k, e) -> block.put(k, e.copy()));
    entries.put(organizationCode, block);
  }
}
