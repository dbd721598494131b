// @ts-check
/**
 * Saved dossiers for the popup benchmark: valid codes (`000.00.NN.H56-yyMMdd-NNNN` with real dates), procedures,
 * owners and a status on some, as a busy one-stop-desk volunteer's list would hold (deterministic); and putting them
 * in the extension's store through the background, as a backup import does.
 */

const PROCEDURES = [
  'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
  'Đăng ký khai sinh',
  'Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
  'Cấp bản sao trích lục hộ tịch',
  'Đăng ký kết hôn',
  'Đăng ký thường trú',
  'Cấp giấy chứng nhận quyền sử dụng đất lần đầu',
  'Đăng ký khai tử',
  'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  'Cấp giấy phép xây dựng nhà ở riêng lẻ',
];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Hữu', 'Ngọc', 'Quang'];
const GIVEN = ['An', 'Bình', 'Cúc', 'Dũng', 'Hoa', 'Hùng', 'Lan', 'Mai', 'Nam', 'Phương', 'Quân', 'Tâm', 'Thảo', 'Tuấn', 'Yến'];
const STATUSES = ['Mới đăng ký', 'Được tiếp nhận', 'Đang xử lý', 'Yêu cầu bổ sung giấy tờ', 'Đã xử lý xong', 'Đã trả kết quả'];

/** @param {number} n @param {number} width */
const pad = (n, width) => String(n).padStart(width, '0');

/**
 * `count` records, newest first, one per hour going back from 1 November 2025.
 * @param {number} count
 */
export function dossierRecords(count) {
  const newest = Date.UTC(2025, 10, 1, 3, 0, 0);
  return Array.from({ length: count }, (_, i) => {
    const saved = new Date(newest - i * 3_600_000);
    const day = `${pad(saved.getUTCFullYear() % 100, 2)}${pad(saved.getUTCMonth() + 1, 2)}${pad(saved.getUTCDate(), 2)}`;
    const agency = `000.00.${pad((i % 40) + 1, 2)}.H56`;
    const owner = `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i >> 2) % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`;
    return {
      code: `${agency}-${day}-${pad((i % 9000) + 1, 4)}`,
      procedure: PROCEDURES[i % PROCEDURES.length],
      agency,
      ownerName: owner,
      ownerIdNumber: `038${pad((i * 7919) % 1_000_000_000, 9)}`,
      receivedDate: saved.toISOString().slice(0, 10),
      savedAt: saved.toISOString(),
      history: i % 3 === 0 ? [{ checkedAt: saved.toISOString(), statusText: STATUSES[i % STATUSES.length] }] : [],
    };
  });
}

/**
 * A request to the background from an extension page, as the popup and options pages make them.
 * @param {import('puppeteer').Page} page @param {string} type @param {unknown} payload
 */
async function send(page, type, payload) {
  const answer = await page.evaluate(
    (type, payload) => /** @type {any} */ (globalThis).chrome.runtime.sendMessage({ type, payload }),
    type,
    payload,
  );
  if (!answer?.ok) throw new Error(`${type}: ${JSON.stringify(answer?.error)}`);
  return answer.data;
}

/**
 * Leaves exactly `records` in the store, from an open extension page: earlier cases may have saved codes, and an
 * import never deletes.
 * @param {import('puppeteer').Page} page @param {object[]} records
 */
export async function seed(page, records) {
  await send(page, 'dossier/import', { records: [], mode: 'replace' }); // the background opens (creates) the store
  const keys = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('tro-ly-dvc');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('dossiers').objectStore('dossiers').getAllKeys();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result.map(String));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
  const wanted = new Set(records.map((r) => /** @type {{code: string}} */ (r).code));
  for (const code of /** @type {string[]} */ (keys)) if (!wanted.has(code)) await send(page, 'dossier/remove', { code });
  if (records.length === 0) return;
  const result = await send(page, 'dossier/import', { records, mode: 'replace' });
  if (!result.ok) throw new Error(`dossier/import refused the records: ${JSON.stringify(result.errors.slice(0, 3))}`);
}
