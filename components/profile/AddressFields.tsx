/**
 * One address: province → commune pickers for the units in force since 1 July 2025, the street line, and the older
 * three levels in a collapsible part. Until the address book has loaded the pickers accept typing only.
 */
import { useMemo, useState } from 'preact/hooks';
import { Combobox } from '../forms/Combobox';
import type { ComboOption } from '../forms/Combobox';
import { TextField } from '../forms/TextField';
import type { AddressDraft, AddressKey } from './draft';
import { fieldProps } from './kit';
import type { FormKit } from './kit';
import { LegacySuggestion } from './LegacySuggestion';
import { addressPickers } from './options';

const NONE = (): ComboOption[] => [];

export function AddressFields({ kit, which }: { kit: FormKit; which: AddressKey }) {
  const address = kit.draft[which];
  const pickers = useMemo(() => (kit.book === undefined ? undefined : addressPickers(kit.book)), [kit.book]);
  const set = (change: Partial<AddressDraft>): void => kit.setAddress(which, change);
  const hasLegacy = address.legacyProvince + address.legacyDistrict + address.legacyCommune !== '';
  // Open at first when there is something in it; afterwards the person decides.
  const [legacyOpen] = useState(hasLegacy);
  const oldProvince = address.legacyProvince.trim() === '' ? address.province : address.legacyProvince;

  const changeProvince = (province: string): void => {
    // A commune of the previous province would be wrong for the new one.
    const keep = pickers === undefined || address.commune === '' || pickers.resolveCommune(province)(address.commune) !== undefined;
    set(keep ? { province } : { province, commune: '' });
  };

  const noBook = kit.book === undefined ? 'Đang tải danh sách đơn vị hành chính…' : undefined;
  return (
    <>
      <div class="grid">
        <Combobox
          {...fieldProps(kit, `${which}.province`, 'province')}
          hint={noBook ?? 'Gõ để tìm, không cần dấu: "thanh hoa".'}
          value={address.province}
          onChange={changeProvince}
          options={pickers?.provinces ?? NONE}
          {...(pickers === undefined ? {} : { resolve: pickers.resolveProvince })}
        />
        <Combobox
          {...fieldProps(kit, `${which}.commune`, 'commune')}
          hint={address.province.trim() === '' ? 'Chọn tỉnh, thành phố trước.' : 'Đơn vị từ 01/7/2025. Gõ để tìm, ví dụ "hac thanh".'}
          value={address.commune}
          onChange={(commune) => set({ commune })}
          options={pickers?.communes(address.province) ?? NONE}
          {...(pickers === undefined ? {} : { resolve: pickers.resolveCommune(address.province) })}
        />
        <TextField {...fieldProps(kit, `${which}.street`, 'street')} value={address.street} onInput={(street) => set({ street })} autoComplete="off" />
      </div>
      <details class="legacy" open={legacyOpen}>
        <summary>
          Địa chỉ trước 01/7/2025
          <span class="en" lang="en">Address before 1 July 2025 (optional)</span>
        </summary>
        <p class="hint">
          Một số biểu mẫu còn hỏi quận, huyện. Ghi địa chỉ cũ ở đây; tiện ích gợi ý xã, phường mới tương ứng để bạn xác nhận.
        </p>
        <div class="grid">
          <Combobox
            {...fieldProps(kit, `${which}.legacy.province`, 'legacy.province')}
            hint={address.province.trim() === '' ? 'Tỉnh trước khi sáp nhập.' : `Để trống nếu vẫn là ${address.province}.`}
            placeholder={address.province}
            value={address.legacyProvince}
            onChange={(legacyProvince) => set({ legacyProvince })}
            options={pickers?.legacyProvinces ?? NONE}
            {...(pickers === undefined ? {} : { resolve: pickers.resolveLegacyProvince })}
          />
          <Combobox
            {...fieldProps(kit, `${which}.legacy.district`, 'legacy.district')}
            value={address.legacyDistrict}
            onChange={(legacyDistrict) => set({ legacyDistrict })}
            options={pickers?.legacyDistricts(oldProvince) ?? NONE}
            {...(pickers === undefined ? {} : { resolve: pickers.resolveLegacyDistrict(oldProvince) })}
          />
          <Combobox
            {...fieldProps(kit, `${which}.legacy.commune`, 'legacy.commune')}
            value={address.legacyCommune}
            onChange={(legacyCommune) => set({ legacyCommune })}
            options={pickers?.legacyCommunes(oldProvince, address.legacyDistrict) ?? NONE}
            {...(pickers === undefined ? {} : { resolve: pickers.resolveLegacyCommune(oldProvince, address.legacyDistrict) })}
          />
        </div>
        {kit.book !== undefined && (
          <LegacySuggestion book={kit.book} which={which} address={address} onUse={(province, commune) => set({ province, commune })} />
        )}
      </details>
    </>
  );
}
