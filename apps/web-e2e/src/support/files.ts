import { randomInt } from 'node:crypto';

/** A small but well-formed one-page PDF (correct xref offsets), detected as application/pdf by content. */
export function tinyPdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A random SIRET with a valid Luhn key (so each run creates its own structure). */
export function randomSiret(): string {
  // A real SIRET starts with a Luhn-valid SIREN, and the 14 digits pass Luhn too (ESS-03).
  const withCheckDigit = (head: string) => {
    for (let check = 0; check < 10; check += 1) if (luhnValid(`${head}${check}`)) return `${head}${check}`;
    throw new Error('unreachable: one check digit always fits');
  };
  for (;;) {
    const siren = withCheckDigit(Array.from({ length: 8 }, (_, i) => (i === 0 ? randomInt(1, 10) : randomInt(0, 10))).join(''));
    if (siren === '356000000') continue; // La Poste: special rule
    return withCheckDigit(`${siren}${Array.from({ length: 4 }, () => randomInt(0, 10)).join('')}`);
  }
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let n = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}
