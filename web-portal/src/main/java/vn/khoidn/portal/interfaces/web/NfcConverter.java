package vn.khoidn.portal.interfaces.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import vn.khoidn.domain.format.VietnameseText;

/**
 * Every text typed into a page reaches the application in Unicode NFC: "Cổ phần" typed with
 * combining marks (some keyboards and pasted Word text) is stored as the same letters as "Cổ phần"
 * typed as composed characters, so that names compare, sort and match as one.
 */
@FacesConverter(forClass = String.class)
public class NfcConverter implements Converter<String> {

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    return VietnameseText.nfc(value);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : value;
  }
}
