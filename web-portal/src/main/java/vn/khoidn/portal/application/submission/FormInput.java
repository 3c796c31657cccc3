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
}
