/** What the QR code on a chip-based CCCD (and, where it keeps the layout, on a thẻ căn cước) holds, once read. */
import type { Gender } from '../profile/schema';

/** A user-facing message in Vietnamese with its English counterpart. */
export interface Message {
  vi: string;
  en: string;
}

export interface CccdCard {
  /** The 12-digit personal ID number (số định danh cá nhân). */
  idNumber: string;
  /** The old 9-digit CMND number; absent when the card leaves the field empty. */
  oldIdNumber?: string | undefined;
  /** NFC, single spaces, as printed. */
  fullName: string;
  /** ISO `YYYY-MM-DD`; absent when the card gives only the year of birth. */
  birthDate?: string | undefined;
  /** Always known: from the full date or from a year-only birth date. */
  birthYear: number;
  gender: Gender;
  /** The permanent address (nơi thường trú / nơi cư trú) as one line; empty when the card's QR has none. */
  address: string;
  /** ISO `YYYY-MM-DD`. */
  issueDate: string;
  /** The card model, from the issue date: chip-based CCCD until 30 June 2024, thẻ căn cước from 1 July 2024. */
  model: 'cccd' | 'can-cuoc';
  /** How many fields after the seventh the code carried; they are not understood and not kept. */
  extraFields: number;
}

/**
 * Why a line creates nothing:
 * - `empty`: nothing to read;
 * - `not-cccd`: some other QR code (a link, a payment code, plain text);
 * - `unsupported`: looks like an ID card's code, but in a layout this version does not understand;
 * - `malformed`: the CCCD layout, but a field is missing or wrong (a misread, a truncated scan);
 * - `damaged`: characters that cannot be read (broken encoding).
 */
export type CccdRefusalCode = 'empty' | 'not-cccd' | 'unsupported' | 'malformed' | 'damaged';

export type CccdParseResult =
  | { ok: true; card: CccdCard; notes: Message[] }
  | { ok: false; code: CccdRefusalCode; message: Message; details: Message[] };
