// Luhn (mod 10) checksum used by SIREN/SIRET (ESS-03). Internal: not exported from index.ts.

/** Luhn sum of a string of digits: from the right, every second digit is doubled (minus 9 above 9). */
export function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum;
}

export function isLuhnValid(digits: string): boolean {
  return luhnSum(digits) % 10 === 0;
}

/** The digit to append to `payload` so that the whole string is Luhn-valid (used by tests and fixtures). */
export function luhnCheckDigit(payload: string): string {
  // Appending a digit shifts every existing digit one place left, so compute with a 0 placeholder.
  const sum = luhnSum(`${payload}0`);
  return String((10 - (sum % 10)) % 10);
}
