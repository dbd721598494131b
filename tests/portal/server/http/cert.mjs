// A throwaway self-signed certificate for every hostname the replica answers; Chromium runs with
// --ignore-certificate-errors, so trust is not needed, only the right names.
import selfsigned from 'selfsigned';

export const PORTAL_HOSTS = [
  'dichvucong.thanhhoa.gov.vn',
  'dichvucong.gov.vn',
  'sso.dancuquocgia.gov.vn',
  'xacthuc.dichvucong.gov.vn',
  'dichvucong-thanhhoa.gov.vn.com',
  'localhost',
];

/** @returns {Promise<{key: string, cert: string}>} */
export async function makeCertificate() {
  // EC keys take ~40 ms to generate where RSA 2048 takes seconds.
  const pems = await selfsigned.generate([{ name: 'commonName', value: PORTAL_HOSTS[0] }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 30 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...PORTAL_HOSTS.map((value) => ({ type: 2, value })), { type: 7, ip: '127.0.0.1' }],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
