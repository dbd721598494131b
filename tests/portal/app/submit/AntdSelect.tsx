// The portal's AntdSelect wrapper (FACTS §2): always showSearch; the filter is a case-insensitive substring match on
// the label and is accent-sensitive ("thanh hoa" does not find "Thanh Hóa"). antd's virtual list stays on.
import { Select } from 'antd';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  options: Option[];
  loading?: boolean;
  disabled?: boolean;
  placeholder?: string;
}

export function AntdSelect(props: Props) {
  return (
    <Select<string, Option>
      id={props.id}
      value={props.value}
      onChange={(value) => props.onChange?.(value)}
      options={props.options}
      loading={props.loading}
      disabled={props.disabled}
      placeholder={props.placeholder ?? 'Chọn'}
      showSearch
      allowClear
      filterOption={(input, option) => (option?.label ?? '').toLowerCase().includes(input.toLowerCase())}
      notFoundContent="Không có dữ liệu"
    />
  );
}
