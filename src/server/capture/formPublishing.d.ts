/**
 * Form.isPublished and Form.setPublished, which @types/google-apps-script does not declare yet.
 * developers.google.com/workspace/forms/api/guides/publish-form shows them in Apps Script:
 * "form.setPublished(true); // Publish the form. This also enables accepting responses."
 * and `form.isPublished()`.
 */
declare namespace GoogleAppsScript.Forms {
  interface Form {
    isPublished(): boolean;
    setPublished(enabled: boolean): Form;
  }
}
