package vn.khoidn.portal.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Adds messages from the page bundle ({@code msg}) in the language of the current view. */
public final class Messages {

  private Messages() {}

  /**
   * Shows an error at the top of the page.
   *
   * @param context the current request
   * @param key the bundle key of the message
   */
  public static void error(FacesContext context, String key) {
    ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
    String text = bundle.getString(key);
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }
}
