/**
 * The built-in guides. Their data passes the guide schema here too (not only in the unit test that keeps them valid),
 * because guide definitions are data and data is validated before use.
 */
import { parseGuide, type Guide, type GuideInput } from '../schema';
import { dangNhap } from './dang-nhap';
import { dungTroLy } from './dung-tro-ly';
import { BUILT_IN_GUIDE_IDS, isBuiltInGuideId, type BuiltInGuideId } from './ids';
import { nopHoSo } from './nop-ho-so';
import { thanhToan } from './thanh-toan';
import { traCuu } from './tra-cuu';

export { BUILT_IN_GUIDE_IDS, isBuiltInGuideId, type BuiltInGuideId };

/** The raw data, in the order the guides are listed to users. */
export const BUILT_IN_GUIDE_DATA: Readonly<Record<BuiltInGuideId, GuideInput>> = {
  'dang-nhap': dangNhap,
  'nop-ho-so': nopHoSo,
  'tra-cuu': traCuu,
  'thanh-toan': thanhToan,
  'dung-tro-ly': dungTroLy,
};

let parsed: readonly Guide[] | undefined;

/** The valid built-in guides (an invalid one is left out rather than breaking every page). */
export function builtInGuides(): readonly Guide[] {
  parsed ??= BUILT_IN_GUIDE_IDS.flatMap((id) => {
    const result = parseGuide(BUILT_IN_GUIDE_DATA[id]);
    return result.ok ? [result.guide] : [];
  });
  return parsed;
}

export function builtInGuide(id: string): Guide | undefined {
  return builtInGuides().find((guide) => guide.id === id);
}
