import { allowedType, contentDisposition, downloadName, sanitizeDisplayName } from './file-rules';

describe('file rules', () => {
  it('keeps only a clean display name: no directories, control or reserved characters', () => {
    expect(sanitizeDisplayName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeDisplayName('C:\\Users\\moi\\Convention été.pdf')).toBe('Convention été.pdf');
    expect(sanitizeDisplayName('a\u0000b\r\n"c"<d>.pdf')).toBe('abcd.pdf');
    expect(sanitizeDisplayName('evil\u202Efdp.exe')).toBe('evilfdp.exe');
    expect(sanitizeDisplayName('...')).toBe('fichier');
    expect(sanitizeDisplayName(undefined)).toBe('fichier');
    const long = sanitizeDisplayName(`${'x'.repeat(300)}.pdf`);
    expect(long).toHaveLength(150);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('offers the download under the extension of the detected type', () => {
    expect(downloadName('proof.pdf', 'image/png')).toBe('proof.png');
    expect(downloadName('photo.jpeg', 'image/jpeg')).toBe('photo.jpeg');
    expect(downloadName('scan', 'application/pdf')).toBe('scan.pdf');
  });

  it('writes Content-Disposition with an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('attachment', 'Récépissé n°1; "final".pdf')).toBe(
      `attachment; filename="Recepisse n1_ _final_.pdf"; filename*=UTF-8''R%C3%A9c%C3%A9piss%C3%A9%20n%C2%B01%3B%20%22final%22.pdf`,
    );
  });

  it('accepts per purpose only the types detected from the content', () => {
    expect(allowedType('STATUS_PROOF', 'application/pdf')?.ext).toBe('pdf');
    expect(allowedType('LOGO', 'application/pdf')).toBeUndefined();
    expect(allowedType('OFFER_IMAGE', 'image/webp')?.ext).toBe('webp');
    expect(allowedType('STATUS_PROOF', undefined)).toBeUndefined();
    expect(allowedType('STATUS_PROOF', 'text/html')).toBeUndefined();
  });
});
