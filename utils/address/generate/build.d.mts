// Types for the plain Node ESM generator, so tests can import it without `any`.
export function tidy(text: string): string;
export function fold(text: string): string;
export function buildAddressData(
  raw: unknown[],
  pkg: { name: string; version: string; license: string; repository: string },
): { units: unknown; legacy: unknown };
export function serialize(value: unknown, indent?: string): string;
