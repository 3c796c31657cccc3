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
 */
public record ReportDocument(
    DocumentHeader header,
    String kind,
    String summary,
    List<Block> body,
    List<String> recipients,
    Signature signature)
    implements Serializable {

  /** Copies the lists. */
  public ReportDocument {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(signature, "signature");
    body = List.copyOf(body);
    recipients = List.copyOf(recipients);
  }

  /** The whole text, one block per line, as a reader would read it: for previews and searches. */
  public String plainText() {
    StringBuilder text = new StringBuilder();
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
