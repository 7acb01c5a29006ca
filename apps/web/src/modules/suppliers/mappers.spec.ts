import {
  activityFormToInput,
  checkValidity,
  moveId,
  normalizeTags,
  offerFormToInput,
  offerToFormValues,
  parseDecimal,
  percentToShare,
  profileFormToInput,
  shareToPercent,
  type ProfileFormValues,
} from './mappers';

const emptyProfile: ProfileFormValues = {
  name: 'Eurofence',
  brand: '',
  description: '',
  website: '',
  legalForm: '',
  address: '',
  communeCode: null,
  headcountPermanent: '',
  headcountInsertion: '',
  disabledWorkersShare: '',
  disadvantagedWorkersShare: '',
  revenueEur: '',
  yearFounded: '',
  productionMeans: '',
  capacityQuantity: '',
  capacityMax: '',
  capacityUnit: '',
  capacityPeriod: '',
  certifications: [],
  networks: [],
  clientReferences: [],
  kinds: [],
  logoFileId: null,
};

describe('number parsing', () => {
  it('reads French and English decimals, spaces and empty values', () => {
    expect(parseDecimal('1 200,5')).toBe(1200.5);
    expect(parseDecimal('12.75')).toBe(12.75);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('douze')).toBeNaN();
  });
  it('converts percentages to shares and back', () => {
    expect(percentToShare('45')).toBe(0.45);
    expect(percentToShare('33,3 %')).toBe(0.333);
    expect(percentToShare('')).toBeNull();
    expect(shareToPercent(0.5)).toBe('50');
    expect(shareToPercent(null)).toBe('');
  });
  it('normalises tags', () => {
    expect(normalizeTags([' ISO 9001 ', 'iso 9001', '', 'B  Corp'])).toEqual(['ISO 9001', 'B Corp']);
  });
});

describe('profileFormToInput', () => {
  it('maps the study example to the contract input', () => {
    const { input, errors } = profileFormToInput('org-1', {
      ...emptyProfile,
      description: '  Clôtures en acier  ',
      communeCode: '59350',
      headcountPermanent: '40',
      disabledWorkersShare: '80',
      capacityQuantity: '175',
      capacityMax: '500',
      capacityUnit: 't',
      capacityPeriod: 'WEEK',
      certifications: ['ISO 9001', 'iso 9001'],
      clientReferences: [
        { name: 'SNCF', description: 'Clôtures de voies', year: '2023' },
        { name: '', description: '', year: '' },
      ],
      kinds: ['EA', 'ESS_COOP_SCIC', 'EA'],
      logoFileId: 'file-9',
    });
    expect(errors).toEqual({});
    expect(input).toMatchObject({
      supplierId: 'org-1',
      name: 'Eurofence',
      description: 'Clôtures en acier',
      brand: null,
      communeCode: '59350',
      headcountPermanent: 40,
      headcountInsertion: null,
      disabledWorkersShare: 0.8,
      capacity: { quantity: 175, maxQuantity: 500, unit: 't', period: 'WEEK' },
      certifications: ['ISO 9001'],
      clientReferences: [{ name: 'SNCF', description: 'Clôtures de voies', year: 2023 }],
      kinds: ['EA', 'ESS_COOP_SCIC'],
      logoFileId: 'file-9',
    });
  });
  it('sends capacity null when no quantity is given, and no logo id when none was uploaded', () => {
    const { input, errors } = profileFormToInput('org-1', emptyProfile);
    expect(errors).toEqual({});
    expect(input.capacity).toBeNull();
    expect('logoFileId' in input).toBe(false);
  });
  it('reports unreadable or inconsistent values by field', () => {
    const { errors } = profileFormToInput('org-1', {
      ...emptyProfile,
      name: ' ',
      headcountPermanent: '4,5',
      disabledWorkersShare: '120',
      capacityQuantity: '175',
      capacityMax: '100',
      clientReferences: [{ name: '', description: 'x', year: 'deux mille' }],
    });
    expect(errors).toEqual({
      name: 'validation.required',
      headcountPermanent: 'validation.integer',
      disabledWorkersShare: 'validation.percent',
      capacityUnit: 'validation.required',
      capacityPeriod: 'validation.required',
      capacityMax: 'validation.maxBelowQuantity',
      'clientReferences.0.name': 'validation.required',
      'clientReferences.0.year': 'validation.integer',
    });
  });
});

describe('activityFormToInput', () => {
  const base = {
    id: null,
    sectorSlug: 'nettoyage',
    serviceTypes: ['SERVICE' as const],
    areaKind: 'ZONES' as const,
    regionCodes: ['53'],
    departementCodes: ['29', '29'],
    communeCodes: [],
    radiusKm: '30',
  };
  it('sends only the zones of the chosen area kind', () => {
    expect(activityFormToInput('s1', base).input).toEqual({
      supplierId: 's1',
      sectorSlug: 'nettoyage',
      serviceTypes: ['SERVICE'],
      areaKind: 'ZONES',
      regionCodes: ['53'],
      departementCodes: ['29'],
      communeCodes: [],
      radiusKm: null,
    });
    const national = activityFormToInput('s1', { ...base, areaKind: 'NATIONAL', id: 'a1' }).input;
    expect(national).toMatchObject({ id: 'a1', areaKind: 'NATIONAL', regionCodes: [], departementCodes: [], radiusKm: null });
    expect(activityFormToInput('s1', { ...base, areaKind: 'RADIUS' }).input).toMatchObject({ radiusKm: 30, regionCodes: [] });
  });
  it('requires a sector, a service type, zones or a positive radius', () => {
    expect(activityFormToInput('s1', { ...base, sectorSlug: '', serviceTypes: [], regionCodes: [], departementCodes: [] }).errors).toEqual({
      sectorSlug: 'validation.required',
      serviceTypes: 'validation.chooseOne',
      zones: 'validation.chooseZone',
    });
    expect(activityFormToInput('s1', { ...base, areaKind: 'RADIUS', radiusKm: '0' }).errors).toEqual({
      radiusKm: 'validation.positiveInteger',
    });
    expect(activityFormToInput('s1', { ...base, areaKind: '' }).errors).toEqual({ areaKind: 'validation.required' });
  });
});

describe('offerFormToInput', () => {
  it('maps numbers and CPV codes, keeps the id when editing', () => {
    const values = {
      ...offerToFormValues(null),
      id: 'o1',
      name: ' Nettoyage de bureaux ',
      cpvCodes: ['90911200-8'],
      priceMinEur: '25',
      priceMaxEur: '32,5',
      leadTimeDays: '5',
      unit: 'heure',
    };
    const { input, errors } = offerFormToInput('s1', values);
    expect(errors).toEqual({});
    expect(input).toEqual({
      supplierId: 's1',
      id: 'o1',
      name: 'Nettoyage de bureaux',
      description: null,
      cpvCodes: ['90911200-8'],
      unit: 'heure',
      priceMinEur: 25,
      priceMaxEur: 32.5,
      leadTimeDays: 5,
      minimumOrder: null,
      capacityQuantity: null,
      capacityPeriod: null,
    });
  });
  it('rejects a price band upside down and a capacity without period', () => {
    const { errors } = offerFormToInput('s1', {
      ...offerToFormValues(null),
      name: 'x',
      priceMinEur: '30',
      priceMaxEur: '10',
      capacityQuantity: '5',
      leadTimeDays: '2,5',
    });
    expect(errors).toEqual({
      priceMaxEur: 'validation.maxBelowMin',
      capacityPeriod: 'validation.required',
      leadTimeDays: 'validation.integer',
    });
  });
});

describe('moveId and checkValidity', () => {
  it('moves an id up or down and ignores moves off the ends', () => {
    expect(moveId(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveId(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
  it('checks proof validity dates', () => {
    expect(checkValidity('', '')).toEqual({});
    expect(checkValidity('2026-01-01', '2027-12-31')).toEqual({});
    expect(checkValidity('2027-01-01', '2026-12-31')).toEqual({ validUntil: 'validation.untilBeforeFrom' });
    expect(checkValidity('01/01/2026', '')).toEqual({ validFrom: 'validation.date' });
  });
});
