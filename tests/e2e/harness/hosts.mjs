// @ts-check
/** The hostnames the demo portal answers for, mapped to 127.0.0.1 so the extension sees the official URLs. */
export const PORTAL_HOSTS = /** @type {const} */ ([
  'dichvucong.thanhhoa.gov.vn',
  'dichvucong.gov.vn',
  'sso.dancuquocgia.gov.vn',
  'xacthuc.dichvucong.gov.vn',
  // A lookalike: served the same pages, where the extension must stay inactive.
  'dichvucong-thanhhoa.gov.vn.com',
]);

export const TH = 'https://dichvucong.thanhhoa.gov.vn';
export const NATIONAL = 'https://dichvucong.gov.vn';
export const LOOKALIKE = 'https://dichvucong-thanhhoa.gov.vn.com';

/** @param {number} port */
export function hostResolverRules(port) {
  return PORTAL_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
}
