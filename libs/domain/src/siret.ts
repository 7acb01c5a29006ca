// SIREN / SIRET validation (procurement-rules.md ESS-03).
// A passing check proves the format only; existence and activity must come from Sirene.

import { isLuhnValid } from './luhn';

/** 9-digit company identifier that passed validation. The brand stops raw strings from posing as one. */
export type Siren = string & { readonly __brand: 'Siren' };
/** 14-digit establishment identifier (SIREN + 5-digit NIC) that passed validation. */
export type Siret = string & { readonly __brand: 'Siret' };

/** Why an identifier was refused: wrong shape, or right shape with a failing checksum. */
export type IdentifierInvalidReason = 'FORMAT' | 'CHECKSUM';

export type IdentifierValidation<T extends string> =
  | { readonly valid: true; readonly value: T }
  | { readonly valid: false; readonly reason: IdentifierInvalidReason; readonly normalized: string };

/** La Poste has more establishments than Luhn-valid NICs, so INSEE gave its SIRETs another rule. */
export const LA_POSTE_SIREN = '356000000';

/**
 * Removes the separators people type or paste ("732 829 320", "732.829.320 00074", non-breaking
 * spaces from spreadsheets). Anything else (letters, dashes) is kept so that validation says FORMAT.
 */
export function normalizeCompanyIdentifier(raw: string): string {
  return raw.replace(/[\s.\u00a0\u202f]/g, '');
}

export function validateSiren(raw: string): IdentifierValidation<Siren> {
  const normalized = normalizeCompanyIdentifier(raw);
  if (!/^\d{9}$/.test(normalized)) return { valid: false, reason: 'FORMAT', normalized };
  if (!isLuhnValid(normalized)) return { valid: false, reason: 'CHECKSUM', normalized };
  return { valid: true, value: normalized as Siren };
}

export function validateSiret(raw: string): IdentifierValidation<Siret> {
  const normalized = normalizeCompanyIdentifier(raw);
  if (!/^\d{14}$/.test(normalized)) return { valid: false, reason: 'FORMAT', normalized };
  // A real SIRET starts with a real SIREN: reject a 14-digit Luhn pass built on an invalid SIREN.
  if (!isLuhnValid(normalized.slice(0, 9))) return { valid: false, reason: 'CHECKSUM', normalized };
  if (isLuhnValid(normalized) || isValidLaPosteSiret(normalized)) {
    return { valid: true, value: normalized as Siret };
  }
  return { valid: false, reason: 'CHECKSUM', normalized };
}

export function isValidSiren(raw: string): boolean {
  return validateSiren(raw).valid;
}

export function isValidSiret(raw: string): boolean {
  return validateSiret(raw).valid;
}

/** The SIREN of an establishment: its first nine digits. Typed so it only takes a validated SIRET. */
export function sirenOf(siret: Siret): Siren {
  return siret.slice(0, 9) as Siren;
}

// ESS-03 exception: a La Poste SIRET is also valid when the sum of its 14 digits is a multiple of 5.
function isValidLaPosteSiret(digits: string): boolean {
  if (!digits.startsWith(LA_POSTE_SIREN)) return false;
  let sum = 0;
  for (const c of digits) sum += c.charCodeAt(0) - 48;
  return sum % 5 === 0;
}
