// Real-looking (synthetic) people for the profile and backup tests.
import type { Issue, Profile, ValidationResult } from '../../../utils/profile';

export const TODAY = '2025-11-28';

/** A man born 1990 whose birth was registered in Thanh Hóa (038). */
export const an: Profile = {
  id: 'p-an',
  label: 'Bản thân',
  fullName: 'Nguyễn Văn An',
  birthDate: '1990-03-15',
  gender: 'male',
  idNumber: '038090001234',
  idIssueDate: '2021-04-20',
  idIssuePlace: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
  nationality: 'Việt Nam',
  ethnicity: 'Kinh',
  religion: 'Không',
  phone: '0912345678',
  email: 'an.nguyen@example.com',
  permanentAddress: {
    province: 'Tỉnh Thanh Hóa',
    commune: 'Phường Hạc Thành',
    street: 'Số 12, đường Lê Lợi',
    legacy: { district: 'Thành phố Thanh Hóa', commune: 'Phường Điện Biên' },
  },
  father: { fullName: 'Nguyễn Văn Bình', birthDate: '1962-08-01' },
};

/** A woman born 2001 whose birth was registered in Hà Nội (001). */
export const hoa: Profile = {
  id: 'p-hoa',
  fullName: 'Trần Thị Hoa',
  birthDate: '2001-10-05',
  gender: 'female',
  idNumber: '001301012345',
  idIssueDate: '2021-06-01',
  phone: '0387654321',
};

export function codes(issues: readonly Issue[]): string[] {
  return issues.map((i) => i.code);
}

export function only(result: ValidationResult, field: string): { errors: string[]; warnings: string[] } {
  return {
    errors: codes(result.errors.filter((i) => i.field === field)),
    warnings: codes(result.warnings.filter((i) => i.field === field)),
  };
}
