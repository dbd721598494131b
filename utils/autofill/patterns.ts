/**
 * The Vietnamese field vocabulary, as data: what labels, placeholders and keys say, on text folded by `cleanText`
 * ("Số điện thoại:" → "so dien thoai", `soGiayToChuHoSo` → "so giay to chu ho so"; "/" is its own word).
 *
 * Sources: the Thanh Hóa portal's submission form and e-form keys (FACTS §5-6, from the public thesis fork
 * HuanVu201/DichVuCong_KhoaLuan_PASETO), the paper forms CT01 and Tờ khai đăng ký khai sinh (FACTS §6, from
 * windymv025/KLTN-DocFilling-For-PublicSector-2025), and the way other Vietnamese e-government front ends word the
 * same fields (numbered paper-style labels, placeholders "Nhập …", English keys). Chromium's autofill tables have no
 * Vietnamese, so this is our own.
 *
 * Every regex is compiled once, here. Keys are unaccented, so patterns allow a missing space ("ngaysinh").
 */
import type { FieldType } from './types';

export interface TypePattern {
  readonly type: FieldType;
  /** The text names this field type. */
  readonly yes: RegExp;
  /** The text names something else that merely looks alike: vetoes the type. */
  readonly no?: RegExp;
  /** Only for widgets that offer options (select, radio group, combobox). */
  readonly optionsOnly?: boolean;
}

/** Address parts are never the place of birth, hometown, an agency or a delivery address. */
const NOT_HOME =
  /\bnoi ?sinh\b|\bque ?quan\b|\bnoi ?cap\b|\bco quan\b|\bnoi lam viec\b|\bnhan ket qua\b|\bbuu (?:chinh|dien|cuc)\b|\btru so\b|\bqua trinh\b|\bkhai sinh\b|\bnuoc ngoai\b|\bgiao hang\b|\bbcci\b/;

const NOT_ID_CARD =
  /\bgiay phep\b|\bbang lai\b|\bchung sinh\b|\bgcs\b|\bcap ho chieu\b|\bma so thue\b|\bgiay chung nhan\b|\bbao tu\b|\bgbt\b|\bvan bang\b|\bchung chi\b/;

/** The portal's "Người nộp là chủ hồ sơ" checkbox and its look-alikes. */
export const SUBMITTER_IS_OWNER = /\bnguoi nop (?:cung )?la chu ho so\b|\bla chu ho so\b|\bnop cho (?:chinh )?ban than\b/;

/** In priority order: on a tie the earlier type wins, so specific types come before general ones. */
export const TYPE_PATTERNS: readonly TypePattern[] = [
  // Checkboxes take only this type (classify.ts), and it is never filled.
  { type: 'submitterIsOwner', yes: SUBMITTER_IS_OWNER },
  { type: 'email', yes: /\be ?mail\b|\bthu ?dien ?tu\b|\bhop thu\b/ },
  {
    type: 'phone',
    yes: /\b(?:so ?)?dien ?thoai\b|\bs(?:o ?)?dt\b|\bphone\b|\bmobile\b|\btel\b|\bdi dong\b/,
    no: /\bdien ?thoai ban\b|\bco dinh\b|\bfax\b|\botp\b/,
  },
  { type: 'oldIdNumber', yes: /\b(?:cmnd|cmt|chung minh nhan dan|chung minh thu) cu\b|\bold id\b/ },
  {
    type: 'idIssueDate',
    yes: /\bngay ?cap\b|\bcap ngay\b|\bissue ?date\b|\bdate of issue\b/,
    no: NOT_ID_CARD,
  },
  {
    type: 'idIssuePlace',
    yes: /\bnoi ?cap\b|\bcap tai\b|\bco quan cap\b|\bissue ?place\b|\bplace of issue\b|\bissued by\b/,
    no: NOT_ID_CARD,
  },
  {
    type: 'idType',
    yes: /\bloai ?giay ?to\b|\bgiay ?to ?tuy ?than\b|\bloai (?:the|cmnd|cccd)\b|\bid type\b|\bdocument type\b/,
    no: /\bngay ?cap\b|\bnoi ?cap\b|\bso ?giay\b|\bkhac\b/,
    optionsOnly: true,
  },
  {
    type: 'idNumber',
    yes: /\bcccd\b|\bcmnd\b|\bcmt\b|\bcan ?cuoc\b|\bchung minh (?:nhan dan|thu)\b|\bdinh ?danh\b|\bso ?giay ?to\b|\bmdd\b|\bid ?(?:number|card|no)\b|\bidentity\b|\bidentification\b|\bso ?cmnd\b|\bso ?cccd\b/,
    no: /\bngay ?cap\b|\bnoi ?cap\b|\bcap ngay\b|\bloai\b|\bma ?ho ?so\b|\bcu\b|\bkhac\b|\bxac thuc\b/,
  },
  {
    type: 'birthDate',
    yes: /\bngay ?(?:thang ?)?(?:nam ?)?sinh\b|\bnam ?sinh\b|\bsinh ngay\b|\bbirth ?(?:day|date)\b|\bdate of birth\b|\bdob\b/,
    no: /\bbang chu\b|\bnoi ?sinh\b|\bchung sinh\b|\bgcs\b/,
  },
  { type: 'gender', yes: /\bgioi ?tinh\b|\bgender\b|\bsex\b/ },
  {
    type: 'ethnicity',
    yes: /\bdan ?toc\b|\bethnic(?:ity)?\b/,
    no: /\bkhac\b|\bthieu so\b|\bvung\b|\btruong\b|\bnoi tru\b/,
  },
  { type: 'religion', yes: /\bton ?giao\b|\breligion\b/, no: /\bkhac\b|\bco so\b/ },
  {
    type: 'nationality',
    yes: /\bquoc ?tich\b|\bnationality\b|\bcitizenship\b/,
    no: /\bkhac\b|\bnuoc ngoai\b|\bthu (?:2|hai)\b/,
  },
  {
    type: 'occupation',
    yes: /\bnghe ?nghiep\b|\boccupation\b|\bjob\b|\bprofession\b/,
    no: /\bnoi lam viec\b|\bdao tao\b|\bgiao duc nghe\b/,
  },
  {
    type: 'placeOfBirth',
    yes: /\bnoi ?sinh\b|\bplace of birth\b|\bbirth ?place\b|\bsinh tai\b/,
    no: /\bnuoc ngoai\b|\bchi tiet\b|\bdvhc\b|\btinh\b|\bhuyen\b|\bxa\b|\bphuong\b|\bquoc gia\b|\bgiay chung sinh\b/,
  },
  {
    type: 'hometown',
    yes: /\bque ?quan\b|\bnguyen quan\b|\bhometown\b|\bplace of origin\b/,
    no: /\btinh\b|\bhuyen\b|\bxa\b|\bphuong\b|\bchi tiet\b/,
  },
  {
    type: 'street',
    yes: /\bdia ?chi ?chi ?tiet\b|\bchi ?tiet\b|\bso ?nha\b|\bduong(?: \/)? ?pho\b|\bthon(?: \/)? ?(?:xom|ap|ban|to)\b|\bstreet\b|\baddress line\b/,
    no: NOT_HOME,
  },
  {
    type: 'province',
    yes: /\btinh(?: \/)? ?(?:thanh|tp)\b|^(?:chon |nhap )?tinh\b|\btinh$|\bprovince\b|\bma ?tinh\b/,
    no: /\btinh ?(?:trang|chat|toan|hinh|diem)\b|\bgioi ?tinh\b|\bthi xa\b|\bhuyen\b/,
  },
  {
    type: 'district',
    yes: /\bquan(?: \/)? ?huyen\b|\bhuyen\b|\bdistrict\b/,
    no: /\bquan ?(?:he|ly)\b|\bxa(?: \/)? ?phuong\b/,
  },
  {
    type: 'commune',
    yes: /\bxa(?: \/)? ?phuong\b|\bphuong(?: \/)? ?xa\b|\bxa\b|\bphuong\b|\bthi tran\b|\bward\b|\bcommune\b|\bdac khu\b/,
    no: /\bphuong ?(?:thuc|an|tien|phap|huong|cham)\b|\bxa hoi\b|\bdia phuong\b|\bbhxh\b|\bthi xa\b/,
  },
  {
    type: 'address',
    yes: /\bdia ?chi\b|\bnoi (?:o|cu tru|thuong tru|tam tru)\b|\bcho o\b|\baddress\b|\bthuong ?tru\b|\btam ?tru\b|\bcu ?tru\b|\bnoi ?o ?hien ?(?:tai|nay)\b/,
    no: /\be ?mail\b|\bthu dien tu\b|\bip\b|\bweb(?:site)?\b|\bdoanh nghiep\b|\bnguoi nhan\b|\bloai cu tru\b/,
  },
  {
    type: 'fullName',
    yes: /\bho ?(?:va ?|chu dem ?(?:va ?)?)?ten\b|\bfull ?name\b|\bten day du\b|^ten \/ doanh nghiep\b|^(?:chu ho so|nguoi uy quyen)$/,
    no: /\bten (?:thu tuc|dang nhap|tai khoan|co quan|don vi|giay to|tai lieu|goi khac|khac|thuong goi|cong ty|thuong mai)\b|\busername\b|\buser name\b/,
  },
];

/** Which of the profile's addresses, checked in this order. */
export const ADDRESS_KIND_PATTERNS = [
  { kind: 'permanent', re: /\bthuong ?tru\b|\bho khau\b|\bpermanent\b/ },
  { kind: 'temporary', re: /\btam ?tru\b|\btemporary\b/ },
  { kind: 'current', re: /\bhien ?(?:tai|nay)\b|\bcho o\b|\bnoi ?o\b|\bcu ?tru\b|\bcurrent\b|\bresiden/ },
] as const;

/** Fields we recognise and never fill, with the reason the panel gives. */
export const NEVER_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/\bcaptcha\b|\bma (?:xac (?:nhan|thuc)|bao (?:mat|ve)|kiem tra)\b|\botp\b/, 'Mã xác nhận: người dùng tự nhập'],
  [/\bmat ?khau\b|\bpassword\b|\bten dang nhap\b|\bdang nhap\b|\busername\b|\blogin\b/, 'Ô đăng nhập'],
  [/\btim ?kiem\b|\btu ?khoa\b|\bsearch\b|\btra cuu\b/, 'Ô tìm kiếm'],
  [
    /\bma ?(?:ho ?so|hs)\b|\bmhs\b|\bthu tuc\b|\btom tat\b|\btrich ?yeu\b|\bnoi dung\b|\bly do\b|\bmuc dich\b|\bghi chu\b|\bso luong\b|\bquan he\b/,
    'Không phải thông tin cá nhân',
  ],
];

/** Sections and labels about someone who is not the profile's owner nor their relative. */
export const OTHER_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/\bnguoi duoc khai sinh\b|\bnks\b|\bthong tin (?:tre|con)\b|\btre em\b|\bho ten con\b/, 'người được khai sinh'],
  [/\bchu ho\b(?! so)/, 'chủ hộ'],
  [/\bnguoi (?:da )?(?:chet|mat|qua doi)\b|\bnkt\b|\bkhai tu\b|\bgbt\b/, 'người đã mất'],
  [/\bnguoi (?:duoc )?giam ho\b|\bnguoi lam chung\b|\bcon nuoi\b|\bcha me nuoi\b/, 'người khác'],
];

/** Sections and labels about a person we cannot identify as the profile. */
export const UNKNOWN_PATTERNS =
  /\bnguoi duoc uy quyen\b|\bnguoi dai dien\b|\bnguoi nhan\b|\bben (?:nam|nu)\b|\bnguoi ket hon\b|\bthanh vien\b/;

/** The profile's relatives. "bo"/"vo"/"chong" alone are too ambiguous once folded, so they need company. */
export const RELATIVE_PATTERNS = [
  { subject: 'father', re: /\bcha\b|\bfather\b|\bnguoi bo\b|\bho (?:va )?ten bo\b/ },
  { subject: 'mother', re: /\bme\b|\bmother\b/ },
  {
    subject: 'spouse',
    re: /\bvo ?(?:\/ )?chong\b|\bnguoi (?:vo|chong)\b|\bho (?:va )?ten (?:vo|chong)\b|\bspouse\b|\bhusband\b|\bwife\b/,
  },
] as const;

/** Roles that are the profile: requester, contact, dossier owner, submitter. */
export const SELF_PATTERNS =
  /\bnguoi lien he\b|\bnguoi uy quyen\b|\bchu ho so\b|\bnguoi yeu cau\b|\bnyc\b|\bnguoi nop\b|\bnguoi khai\b|\bnguoi de nghi\b|\bnguoi dang ky\b|\bnguoi lam don\b|\bnguoi viet don\b|\bthong tin ca nhan\b|\bban than\b|\bnguoi thuc hien\b/;

/** The contact section of the portal: the signed-in account, which is the profile only when it is also the owner. */
export const CONTACT_PATTERNS = /\bnguoi lien he\b|\bnguoi uy quyen\b/;

/** A page about a birth or a death: unmarked people and parents there are the child's or the deceased's. */
export const BIRTH_DEATH_PAGE = /\bnguoi duoc khai sinh\b|\bnks\b|\bnkt\b|\bkhai tu\b|\bnguoi (?:da )?(?:chet|mat)\b/;

/** Key prefixes of the birth/death interconnect (FACTS §6): `meHoTen`, `chaNgaySinh` are the child's parents. */
export const OTHER_KEY_PREFIX = /^(me|cha|nks|nkt|gbt) \S/;
export const OTHER_KEY_WHO: Readonly<Record<string, string>> = {
  me: 'mẹ của người được khai sinh',
  cha: 'cha của người được khai sinh',
  nks: 'người được khai sinh',
  nkt: 'người đã mất',
  gbt: 'giấy báo tử',
};

/** A split date part named by its own label or placeholder. */
export const DATE_PART_PATTERNS = [
  { part: 'day', re: /^(?:ngay|dd|day)$/ },
  { part: 'month', re: /^(?:thang|mm|month)$/ },
  { part: 'year', re: /^(?:nam|yyyy|year)$/ },
] as const;

/** Options that make a radio group or select a gender field. */
export const GENDER_OPTIONS = /^(?:nam|nu|khac|male|female|other)$/;
