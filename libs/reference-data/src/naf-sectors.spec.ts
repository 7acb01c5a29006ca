import { sectorBySlug } from './sectors';
import { sectorsOfNaf } from './naf-sectors';

describe('sectorsOfNaf', () => {
  it('maps a NAF class, written either way, to existing sectors', () => {
    expect(sectorsOfNaf('38.32Z')).toContain('autre-recyclage');
    expect(sectorsOfNaf('8130Z')).toEqual(['creation-et-entretien-des-espaces-verts']);
  });

  it('leaves generic or unknown classes alone', () => {
    expect(sectorsOfNaf('88.99B')).toEqual([]);
    expect(sectorsOfNaf(null)).toEqual([]);
  });

  it('only names sectors that exist', () => {
    const all = ['01.13', '38.31', '38.32', '43.99', '56.29', '81.21', '95.22', '96.01'].flatMap((c) => [...sectorsOfNaf(c)]);
    expect(all.filter((slug) => !sectorBySlug(slug))).toEqual([]);
  });
});
