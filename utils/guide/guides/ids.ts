/** The built-in guides' ids: kept apart from the guide data so that reading a hint does not load every guide. */
export const BUILT_IN_GUIDE_IDS = ['dang-nhap', 'nop-ho-so', 'tra-cuu', 'thanh-toan', 'dung-tro-ly'] as const;
export type BuiltInGuideId = (typeof BUILT_IN_GUIDE_IDS)[number];

export function isBuiltInGuideId(id: string): id is BuiltInGuideId {
  return (BUILT_IN_GUIDE_IDS as readonly string[]).includes(id);
}
