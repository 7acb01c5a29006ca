import { buildCsv, CSV_BOM, csvField } from './csv';
import { supplierCsv } from './export';
import { catalogueT } from '../suppliers/testing-t';

describe('CSV building', () => {
  it('quotes commas, quotes and line breaks, and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Lille, Roubaix')).toBe('"Lille, Roubaix"');
    expect(csvField('La "Recyclerie"')).toBe('"La ""Recyclerie"""');
    expect(csvField('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(null)).toBe('');
    expect(csvField(12.5)).toBe('12.5');
  });

  it('neutralises spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('starts with a UTF-8 BOM and ends rows with CRLF', () => {
    const csv = buildCsv(['nom', 'ville'], [['Élan, SCOP', 'Lille']]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe('\uFEFFnom,ville\r\n"Élan, SCOP",Lille\r\n');
  });

  it('exports search hits with the French columns', () => {
    const csv = supplierCsv(
      [
        {
          id: 'abc',
          name: 'Recyclerie "Nord", Lille',
          brand: null,
          city: 'Lille',
          departementCode: '59',
          kinds: ['EI', 'ESS_COOP_SCOP'],
          verifiedKinds: ['EI'],
          eligibleFor: ['RES_INSERTION'],
          toConfirmFor: ['RES_ESS_SERVICES'],
          sectorNames: ['Collecte des déchets', 'Recyclage'],
          completion: 80,
          distanceKm: 12.34,
        },
      ],
      catalogueT('fr'),
      'fr',
      'https://essor.example',
    );
    const [header, row] = csv.replace(CSV_BOM, '').split('\r\n');
    expect(header).toBe('nom,ville,département,types,éligible à,secteurs,distance km,lien fiche');
    expect(row).toBe(
      '"Recyclerie ""Nord"", Lille",Lille,Nord (59),' +
        '"Entreprise d\'insertion (EI, vérifié), SCOP (ESS_COOP_SCOP)",' +
        '"L2113-13, L2113-15 (à confirmer)","Collecte des déchets, Recyclage",12.3,https://essor.example/fournisseurs/abc',
    );
  });
});
