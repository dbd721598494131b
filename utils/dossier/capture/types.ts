/** Inputs shared by the capture functions. */

export interface CaptureContext {
  /** The page URL (location.href). */
  url: string;
  /** Now; decides which code dates are plausible and stamps status checks. Defaults to the clock. */
  now?: Date;
  /** ID number of the profile the extension used to fill the form on this page, if it did. */
  profileIdNumber?: string;
  /** Elements never read (the extension's own UI host). */
  ignoreSelector?: string;
}

/** The attribute the extension's in-page UI host carries, ignored by default. */
export const OWN_UI_SELECTOR = '[data-tro-ly-dvc-ui]';
