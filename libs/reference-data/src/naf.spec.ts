import { listNaf, nafByCode, nafSectionOf, searchNaf } from './index';

describe('NAF rév. 2', () => {
  it('loads 1,728 entries including 21 sections', () => {
    expect(listNaf()).toHaveLength(1728);
    expect(listNaf('section')).toHaveLength(21);
    expect(listNaf('division')).toHaveLength(88);
    expect(listNaf('subclass')).toHaveLength(732);
  });

  it('looks 8899B up in both forms', () => {
    const n = nafByCode('8899B');
    expect(n).toMatchObject({
      code: '88.99B',
      compactCode: '8899B',
      level: 'subclass',
      labelFr: 'Action sociale sans hébergement n.c.a.',
      section: 'Q',
      division: '88',
      parentCode: '88.99',
    });
    expect(nafByCode('88.99B')).toBe(n);
    expect(nafByCode('88.99b')).toBe(n);
    expect(nafByCode('88.10C')?.labelFr).toBe('Aide par le travail');
  });

  it('gives the section of any code', () => {
    expect(nafSectionOf('8899B')?.code).toBe('Q');
    expect(nafSectionOf('88.99B')?.labelFr).toBe('SANTÉ HUMAINE ET ACTION SOCIALE');
    expect(nafSectionOf('81.21Z')?.code).toBe('N');
    expect(nafSectionOf('01')?.code).toBe('A');
    expect(nafSectionOf('Q')?.code).toBe('Q');
    expect(nafSectionOf('00.00Z')).toBeUndefined();
  });

  it('searches by code prefix (dotted or not) and label', () => {
    expect(searchNaf('8899B', 5)[0]?.code).toBe('88.99B');
    expect(searchNaf('88.99B', 5)[0]?.code).toBe('88.99B');
    expect(searchNaf('88.9', 3).map((n) => n.code)).toEqual(['88.9', '88.91', '88.91A']);
    expect(searchNaf('8899', 3).map((n) => n.code)).toEqual(['88.99', '88.99A', '88.99B']);
    expect(searchNaf('aide par le travail', 3)[0]?.code).toBe('88.10C');
    expect(searchNaf('NETTOYAGE', 10).map((n) => n.code)).toContain('81.21Z');
    expect(searchNaf('hebergement medicalise', 10).length).toBeGreaterThan(0);
  });
});
