/** The ID card's fields in the card's order, then ethnic group, religion and occupation. */
import { Combobox } from '../forms/Combobox';
import { DateField } from '../forms/DateField';
import { Group } from '../forms/Group';
import { RadioGroup } from '../forms/RadioGroup';
import { TextField } from '../forms/TextField';
import { fieldProps } from './kit';
import type { FormKit } from './kit';
import { ethnicityOptions, issuePlaceOptions, religionOptions, resolveEthnicity, resolveReligion } from './options';

export function IdentityGroup({ kit }: { kit: FormKit }) {
  const { draft, setText } = kit;
  const gender = kit.messages('gender');
  return (
    <>
      <Group id="pf-card" class="group" legend="Thông tin trên thẻ căn cước" legendEn="As on the ID card">
        <div class="grid">
          <TextField {...fieldProps(kit, 'idNumber')} value={draft.idNumber} onInput={(v) => setText('idNumber', v)} inputMode="numeric" maxLength={20} />
          <TextField {...fieldProps(kit, 'fullName')} value={draft.fullName} onInput={(v) => setText('fullName', v)} required autoComplete="name" />
          <DateField {...fieldProps(kit, 'birthDate')} value={draft.birthDate} onInput={(v) => setText('birthDate', v)} autoComplete="bday" />
          <RadioGroup
            id="pf-gender"
            name="pf-gender"
            legend="Giới tính"
            legendEn="Sex"
            value={draft.gender}
            choices={[{ value: 'male', label: 'Nam' }, { value: 'female', label: 'Nữ' }]}
            onChange={(v) => {
              kit.setGender(v);
              kit.touch('gender');
            }}
            errors={gender.errors}
            warnings={gender.warnings}
          />
          <TextField {...fieldProps(kit, 'nationality')} value={draft.nationality} onInput={(v) => setText('nationality', v)} />
          <TextField {...fieldProps(kit, 'hometown')} value={draft.hometown} onInput={(v) => setText('hometown', v)} />
          <TextField {...fieldProps(kit, 'placeOfBirth')} value={draft.placeOfBirth} onInput={(v) => setText('placeOfBirth', v)} />
          <DateField {...fieldProps(kit, 'idIssueDate')} value={draft.idIssueDate} onInput={(v) => setText('idIssueDate', v)} />
          <Combobox {...fieldProps(kit, 'idIssuePlace')} value={draft.idIssuePlace} onChange={(v) => setText('idIssuePlace', v)} options={issuePlaceOptions} />
          <TextField {...fieldProps(kit, 'oldIdNumber')} value={draft.oldIdNumber} onInput={(v) => setText('oldIdNumber', v)} inputMode="numeric" maxLength={20} />
        </div>
      </Group>
      <Group id="pf-origin" class="group" legend="Dân tộc, tôn giáo, nghề nghiệp" legendEn="Ethnic group, religion, occupation">
        <div class="grid">
          <Combobox
            {...fieldProps(kit, 'ethnicity')}
            hint="Chọn trong danh sách 54 dân tộc; gõ không dấu cũng được."
            value={draft.ethnicity}
            onChange={(v) => setText('ethnicity', v)}
            options={ethnicityOptions}
            resolve={resolveEthnicity}
          />
          <Combobox {...fieldProps(kit, 'religion')} value={draft.religion} onChange={(v) => setText('religion', v)} options={religionOptions} resolve={resolveReligion} />
          <TextField {...fieldProps(kit, 'occupation')} value={draft.occupation} onInput={(v) => setText('occupation', v)} />
        </div>
      </Group>
    </>
  );
}
