// window.__demoPortal, for e2e tests in the main world: what the portal's own form state holds.
//   getFormValues() -> the antd NopHoSoTrucTuyen form's getFieldsValue(true)
//   getEFormData()  -> the Form.io submission data
//   validate()      -> antd validateFields + Form.io checkValidity: {ok, errors: [{field, message}]}
import type { FormInstance } from 'antd';
import type { FormioInstance } from './EFormSection';

let antdForm: FormInstance | null = null;
let eForm: FormioInstance | null = null;

export function setAntdForm(form: FormInstance | null): void {
  antdForm = form;
}

export function setEForm(formio: FormioInstance | null): void {
  eForm = formio;
}

interface ValidationError {
  field: string;
  message: string;
}

async function validate(): Promise<{ ok: boolean; errors: ValidationError[] }> {
  const errors: ValidationError[] = [];
  if (antdForm) {
    try {
      await antdForm.validateFields();
    } catch (error) {
      const fields = (error as { errorFields?: { name: (string | number)[]; errors: string[] }[] }).errorFields ?? [];
      for (const f of fields) for (const message of f.errors) errors.push({ field: f.name.join('.'), message });
    }
  }
  if (eForm) {
    const valid = eForm.checkValidity(eForm.submission.data, true);
    if (!valid) {
      eForm.everyComponent((component) => {
        const list = component.errors ?? (component.error ? [component.error] : []);
        for (const e of list) errors.push({ field: `eForm.${component.key}`, message: e.message });
      });
      if (!errors.some((e) => e.field.startsWith('eForm.'))) errors.push({ field: 'eForm', message: 'invalid' });
    }
  }
  return { ok: errors.length === 0, errors };
}

export function installDemoHooks(): void {
  (window as unknown as { __demoPortal: unknown }).__demoPortal = {
    getFormValues: () => (antdForm ? antdForm.getFieldsValue(true) : null),
    getEFormData: () => (eForm ? JSON.parse(JSON.stringify(eForm.submission.data)) : null),
    validate,
  };
}
