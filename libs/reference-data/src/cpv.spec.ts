import { cpvAncestors, cpvByCode, cpvClassOf, isValidCpv, listCpv, normalizeCpvCode, searchCpv } from './index';

describe('CPV 2008', () => {
  it('loads the 9,454 codes of the main vocabulary', () => {
    const all = listCpv();
    expect(all).toHaveLength(9454);
    const byLevel = (l: string) => all.filter((c) => c.level === l).length;
    expect([byLevel('division'), byLevel('group'), byLevel('class'), byLevel('category'), byLevel('subcategory')]).toEqual([
      45, 272, 1002, 2379, 5756,
    ]);
  });

  it('looks codes up with or without check digit (CPV-01)', () => {
    const c = cpvByCode('90911200-8');
    expect(c).toMatchObject({
      code: '90911200-8',
      code8: '90911200',
      labelFr: 'Services de nettoyage de bâtiments',
      labelEn: 'Building-cleaning services',
      level: 'subcategory',
      division: '90',
      parentCode: '90911000-6',
      contractNature: 'services',
    });
    expect(cpvByCode('90911200')).toBe(c);
    expect(cpvByCode('90911200-1')).toBeUndefined(); // wrong check digit
    expect(normalizeCpvCode('48000000-8')).toEqual({ code8: '48000000', checkDigit: '8' });
    expect(normalizeCpvCode('48000000')).toEqual({ code8: '48000000' });
    expect(normalizeCpvCode('4800000')).toBeNull();
    expect(isValidCpv('99999999')).toBe(false);
    expect(cpvByCode('45000000')?.contractNature).toBe('works');
    expect(cpvByCode('03111100')?.contractNature).toBe('supplies');
  });

  it('gives the class (first 4 significant digits, CPV-01) and ancestors', () => {
    expect(cpvClassOf('90911200-8')?.code).toBe('90910000-9');
    expect(cpvClassOf('90910000')?.code).toBe('90910000-9');
    expect(cpvClassOf('85311000')?.code8).toBe('85310000');
    expect(cpvClassOf('90900000')).toBeUndefined(); // a group has no class
    expect(cpvClassOf('99999999')).toBeUndefined();
    expect(cpvAncestors('90911200').map((c) => c.code8)).toEqual(['90911000', '90910000', '90900000', '90000000']);
  });

  it('searches labels accent- and case-insensitively, FR and EN', () => {
    const codes = searchCpv('nettoyage', 20).map((c) => c.code);
    expect(codes).toContain('90910000-9');
    expect(codes.some((c) => c.startsWith('909112'))).toBe(true);
    expect(searchCpv('NETTOYAGE DE BATIMENTS', 5)[0]?.code).toBe('90911200-8');
    expect(searchCpv('building-cleaning', 5)[0]?.code).toBe('90911200-8');
    expect(searchCpv('Réalisation et entretien d’espaces verts', 3)[0]?.code).toBe('77310000-6');
    expect(searchCpv('espaces verts', 10).map((c) => c.code)).toContain('77310000-6');
    expect(searchCpv('zzzqqq')).toEqual([]);
    expect(searchCpv('nettoyage', 3)).toHaveLength(3);
  });

  it('searches by code: exact code first, then the codes under it in tree order', () => {
    expect(searchCpv('90911200-8', 1)[0]?.code).toBe('90911200-8');
    const under = searchCpv('9091', 5).map((c) => c.code8);
    expect(under).toEqual(['90910000', '90911000', '90911100', '90911200', '90911300']);
    const fromClass = searchCpv('90910000', 3).map((c) => c.code8);
    expect(fromClass).toEqual(['90910000', '90911000', '90911100']);
  });
});
