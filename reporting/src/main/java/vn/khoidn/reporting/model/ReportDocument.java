package vn.khoidn.reporting.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A party document as data.
 *
 * @param header the top of the first page
 * @param kind the document's kind in capitals, e.g. "BÁO CÁO"
 * @param summary the summary line under it, in bold
 * @param body the headings and paragraphs
 * @param recipients the lines under "Nơi nhận:"
 * @param signature the signature block
 * @param draft whether it is a draft, not yet issued: every page then carries {@link #DRAFT_MARK}
 */
public record ReportDocument(
    DocumentHeader header,
    String kind,
    String summary,
    List<Block> body,
    List<String> recipients,
    Signature signature,
    boolean draft)
    implements Serializable {

  /** The mark on every page of a document not yet issued. */
  public static final String DRAFT_MARK = "DỰ THẢO";

  /**
   * A draft: a document is a draft until it is issued, so that a file made before issue can never
   * pass for the issued one.
   *
   * @param header the top of the first page
   * @param kind the document's kind in capitals
   * @param summary the summary line
   * @param body the headings and paragraphs
   * @param recipients the lines under "Nơi nhận:"
   * @param signature the signature block
   */
  public ReportDocument(
      DocumentHeader header,
      String kind,
      String summary,
      List<Block> body,
      List<String> recipients,
      Signature signature) {
    this(header, kind, summary, body, recipients, signature, true);
  }

  /** Copies the lists. */
  public ReportDocument {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(signature, "signature");
    body = List.copyOf(body);
    recipients = List.copyOf(recipients);
  }

  /**
   * The same document as issued: without the draft mark.
   *
   * @return the issued document
   */
  public ReportDocument issued() {
    return new ReportDocument(header, kind, summary, body, recipients, signature, false);
  }

  /**
   * The whole text, one block per line, as a reader would read it: for previews and searches. A
   * draft's text starts with {@link #DRAFT_MARK}.
   */
  public String plainText() {
    StringBuilder text = new StringBuilder();
    if (draft) {
      text.append(DRAFT_MARK).append("\n\n");
    }
    text.append(header.superiorBody()).append('\n').append(header.issuingBody()).append('\n');
    text.append(header.number()).append('\n');
    text.append(DocumentHeader.PARTY).append('\n').append(header.placeAndDate()).append("\n\n");
    text.append(kind).append('\n').append(summary).append("\n\n");
    for (Block b : body) {
      text.append(b.text()).append('\n');
    }
    text.append("\nNơi nhận:\n");
    recipients.forEach(r -> text.append(r).append('\n'));
    text.append('\n')
        .append(signature.onBehalfOf())
        .append('\n')
        .append(signature.position())
        .append('\n')
        .append(signature.name())
        .append('\n');
    return text.toString();
  }
}
