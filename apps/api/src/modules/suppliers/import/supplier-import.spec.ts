import { readFileSync } from 'node:fs';
import path from 'node:path';
import { incomingProfile, mergeProfile } from './supplier-import.merge';
import { ImportFileError, normalizeNafCode, parseLeMarcheJson, parseSiaeCsv, rejectionReportCsv, validateSupplierRecords } from './supplier-import.parser';

const HEADER = 'siret,name,brand,kind,naf_code,legal_form_asp_2019,address,post_code,city,department,latitude,longitude,website,description,employees_range,source';

describe('SIAE CSV parsing', () => {
  it('locates each record by its first line, even after a description spanning lines', () => {
    const csv = [
      HEADER,
      '80746931700018,BALUCHON,Baluchon,EI,56.21Z,SARL,Rue Madeleine Odru,93230,Romainville,93,48.88,2.43,,"Ligne 1',
      'Ligne 2',
      'Ligne 3",,ASP',
      '75187049400026,LA COLLECTERIE,,ACI,8899B,,,1000,Bourg,1,,,,,,ASP',
    ].join('\n');
    const records = parseSiaeCsv(csv);
    expect(records.map((r) => r.ref)).toEqual(['line 2', 'line 5']);
    expect(records[0]).toMatchObject({ kinds: ['EI'], nafCode: '56.21Z', description: 'Ligne 1\nLigne 2\nLigne 3', latitude: 48.88, dataSource: 'ASP' });
    // NAF without its dot, postcode and département that lost their leading zero.
    expect(records[1]).toMatchObject({ nafCode: '88.99B', postcode: '01000', departementCode: '01', brand: null });
  });

  it('reads files whose line endings are mixed (a CRLF export with a row appended by hand)', () => {
    const csv = 'siret,name,kind\r\n80746931700018,BALUCHON,EI\r\n75187049400026,LA COLLECTERIE,ACI\n79285470500029,INITIATIVES,ACI';
    expect(parseSiaeCsv(csv).map((r) => [r.ref, r.siret])).toEqual([['line 2', '80746931700018'], ['line 3', '75187049400026'], ['line 4', '79285470500029']]);
  });

  it('refuses a file without the required columns, or that is not CSV at all', () => {
    expect(() => parseSiaeCsv('siret,label\n80746931700018,x\n')).toThrow(ImportFileError);
    expect(() => parseSiaeCsv('siret,name,kind\n"80746931700018,unterminated\n')).toThrow(ImportFileError);
  });
});

describe('validation of records', () => {
  const csv = [
    HEADER,
    '807 469 317 00018,BALUCHON,,EI,,,,,,,,,,,,ASP',
    '80746931700019,BAD CHECKSUM,,EI,,,,,,,,,,,,ASP',
    '8074693170001,TOO SHORT,,EI,,,,,,,,,,,,ASP',
    '75187049400026,UNKNOWN KIND,,SIAE_X,,,,,,,,,,,,ASP',
    '79285470500029,,,ACI,,,,,,,,,,,,ASP',
    '50796672900117,NO KIND,,,,,,,,,,,,,,ASP',
    '80746931700018,DUPLICATE,,ACI,,,,,,,,,,,,ASP',
  ].join('\n');

  it('keeps valid records with a normalised SIRET and names the reason of every rejection', () => {
    const { valid, rejected } = validateSupplierRecords(parseSiaeCsv(csv));
    expect(valid.map((v) => [v.siret, v.siren, v.kinds])).toEqual([['80746931700018', '807469317', ['EI']]]);
    expect(rejected.map((r) => [r.ref, r.reason])).toEqual([
      ['line 3', 'SIRET_CHECKSUM'],
      ['line 4', 'SIRET_FORMAT'],
      ['line 5', 'KIND_UNKNOWN'],
      ['line 6', 'NAME_MISSING'],
      ['line 7', 'KIND_MISSING'],
      ['line 8', 'DUPLICATE_IN_FILE'],
    ]);
    expect(rejected[5]!.detail).toContain('line 2');
  });

  it('writes the rejection report as CSV, quoting where needed', () => {
    const { rejected } = validateSupplierRecords(parseSiaeCsv(csv));
    const report = rejectionReportCsv(rejected).trim().split('\n');
    expect(report[0]).toBe('ref,siret,name,reason,detail');
    expect(report).toHaveLength(rejected.length + 1);
    expect(rejectionReportCsv([{ ref: 'line 9', siret: '1', name: 'A, "B"', reason: 'NAME_MISSING', detail: 'x' }])).toContain('"A, ""B"""');
  });
});

describe("Le Marché /api/siae/ JSON", () => {
  const page = readFileSync(path.join(__dirname, '../../../../test/fixtures/lemarche-siae-page.json'));

  it('maps the serializer fields and rejects inactive, invalid, unknown-kind, duplicate and nameless structures', () => {
    const { valid, rejected } = validateSupplierRecords(parseLeMarcheJson(page));
    expect(valid.map((v) => v.siret)).toEqual(['80746931700018', '77567227200017', '41234567000019']);
    expect(valid[0]).toMatchObject({ website: 'https://www.baluchon.fr', networks: ['Réseau Cocagne'], dataSource: 'LEMARCHE_API', nafCode: null });
    expect(valid[2]).toMatchObject({ postcode: '01000', departementCode: '01', kinds: ['EA'] });
    expect(rejected.map((r) => [r.ref, r.reason])).toEqual([
      ['record 4 (id 4014)', 'INACTIVE'],
      ['record 5 (id 4015)', 'SIRET_CHECKSUM'],
      ['record 6 (id 4016)', 'KIND_UNKNOWN'],
      ['record 7 (id 4017)', 'DUPLICATE_IN_FILE'],
      ['record 8 (id 4018)', 'NAME_MISSING'],
    ]);
  });

  it('accepts a plain array, refuses anything else', () => {
    expect(parseLeMarcheJson('[{"siret":"80746931700018","name":"X","kind":"EI"}]')).toHaveLength(1);
    expect(() => parseLeMarcheJson('{"count":0}')).toThrow(ImportFileError);
    expect(() => parseLeMarcheJson('{not json')).toThrow(ImportFileError);
  });
});

describe('merging a record into what is stored', () => {
  const record = validateSupplierRecords(parseLeMarcheJson('[{"siret":"80746931700018","name":"X","kind":"EI","city":"Lille","contact_website":"https://new.fr"}]')).valid[0]!;
  const stored = { ...incomingProfile(record), city: 'Roubaix', website: 'https://old.fr', naf_code: '56.21Z', networks: ['Envie'] };

  it('on an unclaimed structure, the file wins where it has a value and never erases', () => {
    expect(mergeProfile(stored, incomingProfile(record), false)).toMatchObject({ city: 'Lille', website: 'https://new.fr', naf_code: '56.21Z', networks: ['Envie'] });
  });

  it("on a claimed structure, the members' values win; the file only fills gaps", () => {
    expect(mergeProfile({ ...stored, postcode: null }, { ...incomingProfile(record), postcode: '59000' }, true))
      .toMatchObject({ city: 'Roubaix', website: 'https://old.fr', postcode: '59000' });
  });

  it('normalises NAF codes or drops them', () => {
    expect([normalizeNafCode('5621z'), normalizeNafCode('56.21Z'), normalizeNafCode('not a naf')]).toEqual(['56.21Z', '56.21Z', null]);
  });
});
