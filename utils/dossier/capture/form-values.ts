/**
 * ID numbers typed on the submission form, still in the DOM behind the success modal.
 * FACTS §5: antd ids `NopHoSoTrucTuyen_<field>` [I, unverified], labels "Số giấy tờ (CCCD/CMND/MST/MĐD):" (owner)
 * and "CCCD/CMND/MĐD:" (contact). Ids are tried first, then the label's `for`.
 */
import { cleanIdNumber } from '../links';
import { labelKey } from './dom-text';

function inputValue(root: ParentNode, id: string): string | undefined {
  const el = root.querySelector(`[id="${id}"]`);
  if (el && 'value' in el && typeof el.value === 'string') return el.value;
  return undefined;
}

function valueByLabel(root: ParentNode, label: string): string | undefined {
  const key = labelKey(label);
  for (const lab of Array.from(root.querySelectorAll('label[for]'))) {
    const title = lab.getAttribute('title') ?? lab.textContent ?? '';
    if (labelKey(title) !== key) continue;
    const id = lab.getAttribute('for');
    if (id) return inputValue(root, id);
  }
  return undefined;
}

/** The owner's ID from the form, else the contact's (the lookup accepts either, FACTS §7). */
export function formIdNumber(root: ParentNode): string | undefined {
  return (
    cleanIdNumber(inputValue(root, 'NopHoSoTrucTuyen_soGiayToChuHoSo')) ??
    cleanIdNumber(valueByLabel(root, 'Số giấy tờ (CCCD/CMND/MST/MĐD):')) ??
    cleanIdNumber(inputValue(root, 'NopHoSoTrucTuyen_soGiayToNguoiUyQuyen')) ??
    cleanIdNumber(valueByLabel(root, 'CCCD/CMND/MĐD:'))
  );
}
