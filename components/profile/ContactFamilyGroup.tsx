/** Phone and email, then father, mother and spouse (name and date of birth each). */
import { DateField } from '../forms/DateField';
import { Group } from '../forms/Group';
import { TextField } from '../forms/TextField';
import { RELATIVE_KEYS } from './draft';
import { fieldText } from './fields';
import { fieldProps } from './kit';
import type { FormKit } from './kit';

export function ContactGroup({ kit }: { kit: FormKit }) {
  return (
    <Group id="pf-contact" class="group" legend="Liên lạc" legendEn="Contact">
      <div class="grid">
        <TextField {...fieldProps(kit, 'phone')} type="tel" inputMode="tel" autoComplete="tel" value={kit.draft.phone} onInput={(v) => kit.setText('phone', v)} />
        <TextField {...fieldProps(kit, 'email')} inputMode="email" autoComplete="email" value={kit.draft.email} onInput={(v) => kit.setText('email', v)} />
      </div>
    </Group>
  );
}

export function FamilyGroup({ kit }: { kit: FormKit }) {
  return (
    <Group id="pf-family" class="group" legend="Cha, mẹ, vợ hoặc chồng" legendEn="Parents and spouse">
      {RELATIVE_KEYS.map((key) => (
        <Group key={key} id={`pf-${key}`} class="subgroup" legend={fieldText(key).vi} legendEn={fieldText(key).en}>
          <div class="grid">
            <TextField {...fieldProps(kit, `${key}.fullName`)} value={kit.draft[key].fullName} onInput={(v) => kit.setRelative(key, 'fullName', v)} />
            <DateField {...fieldProps(kit, `${key}.birthDate`)} value={kit.draft[key].birthDate} onInput={(v) => kit.setRelative(key, 'birthDate', v)} />
          </div>
        </Group>
      ))}
    </Group>
  );
}
