// A local stand-in for Google reCAPTCHA v3 (no network): grecaptcha.execute(siteKey, {action}) resolves a token after
// about 100 ms. The server accepts tokens for the action "searchHoSo" only.
export const RECAPTCHA_SITE_KEY = '6Lc-demo-portal-thanhhoa-site-key';

interface Grecaptcha {
  ready(callback: () => void): void;
  execute(siteKey: string, options: { action: string }): Promise<string>;
}

declare global {
  interface Window {
    grecaptcha?: Grecaptcha;
  }
}

export function installFakeRecaptcha(): void {
  window.grecaptcha = {
    ready: (callback) => window.setTimeout(callback, 0),
    execute: (_siteKey, { action }) =>
      new Promise((resolve) => {
        window.setTimeout(() => resolve(`demo-recaptcha.${action}.${Math.random().toString(36).slice(2)}`), 100);
      }),
  };
}
