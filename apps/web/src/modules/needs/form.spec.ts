import {
  adoptLotIds,
  allowedReservations,
  defaultNature,
  eligibleCountFilters,
  emptyLot,
  emptyNeedForm,
  formToNeedInput,
  htmlText,
  isoToLocalInput,
  localInputToIso,
  lotEstimate,
  moveItem,
  needToFormValues,
  normalizeDescriptionHtml,
  procurementAdviceInput,
  type LotFormValues,
  type NeedFormValues,
} from './form';
import type { Need } from './types';

const NOW = new Date(2026, 0, 15, 10, 0);

function lot(overrides: Partial<LotFormValues> = {}): LotFormValues {
  return {
    ...emptyLot('k1'),
    title: 'Collecte et tri',
    sectorSlugs: ['collecte-des-dechets-industriels'],
    place: { kind: 'DEPARTEMENT', code: '59', name: 'Nord', departementCode: null },
    ...overrides,
  };
}

function form(overrides: Partial<NeedFormValues> = {}): NeedFormValues {
  return {
    ...emptyNeedForm(),
    kind: 'TENDER',
    title: '  Collecte   des déchets ',
    deadline: '2026-02-20T12:00',
    lots: [lot()],
    ...overrides,
  };
}

describe('datetime-local conversion', () => {
  it('reads a local date-time as that local instant and shows it back unchanged', () => {
    const iso = localInputToIso('2026-02-20T12:30');
    expect(iso).not.toBeNull();
    const date = new Date(iso as string);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual([2026, 1, 20, 12, 30]);
    expect(isoToLocalInput(iso)).toBe('2026-02-20T12:30');
  });
  it('rejects what is not a date-time, and rolled-over days', () => {
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('20/02/2026')).toBeNull();
    expect(localInputToIso('2026-02-31T10:00')).toBeNull();
    expect(isoToLocalInput(null)).toBe('');
    expect(isoToLocalInput('nope')).toBe('');
  });
});

describe('formToNeedInput', () => {
  it('maps a need with one reserved lot to CreateNeedInput', () => {
    const { input, errors } = formToNeedInput(
      form({
        descriptionHtml: '<p>Collecte <strong>hebdomadaire</strong></p>',
        durationMonths: '24',
        startDate: '2026-04-01',
        questions: ['  Quelle fréquence ?  ', '   '],
        attachments: [{ id: 'f1', name: 'cctp.pdf', sizeBytes: 10, mimeType: 'application/pdf' }],
        invited: [{ id: 's1', name: 'Ignored while public' }],
        lots: [
          lot({
            reservation: 'RES_INSERTION',
            cpv: [{ code: '90511000-2', label: 'Collecte' }, { code: '90511000-2', label: 'Collecte' }],
            serviceTypes: ['SERVICE'],
            quantity: '1 200,5',
            unit: ' t ',
            amountMode: 'RANGE',
            amountMin: '80000',
            amountMax: '120 000',
            radiusKm: '30',
            socialClauseHours: '1200',
          }),
        ],
      }),
      NOW,
    );
    expect(errors).toEqual({});
    expect(input).toEqual({
      kind: 'TENDER',
      title: 'Collecte des déchets',
      descriptionHtml: '<p>Collecte <strong>hebdomadaire</strong></p>',
      visibility: 'PUBLIC',
      consortiaAllowed: true,
      verifiedOnly: false,
      deadlineAt: new Date(2026, 1, 20, 12, 0).toISOString(),
      startDate: '2026-04-01',
      durationMonths: 24,
      questions: ['Quelle fréquence ?'],
      attachmentFileIds: ['f1'],
      invitedSupplierIds: [],
      lots: [
        {
          title: 'Collecte et tri',
          description: null,
          sectorSlugs: ['collecte-des-dechets-industriels'],
          cpvCodes: ['90511000-2'],
          serviceTypes: ['SERVICE'],
          quantity: 1200.5,
          unit: 't',
          amountMinEur: 80000,
          amountMaxEur: 120000,
          place: { kind: 'DEPARTEMENT', code: '59' },
          radiusKm: 30,
          reservation: 'RES_INSERTION',
          socialClauseHours: 1200,
        },
      ],
    });
  });

  it('sends a single estimate as the lower bound only, a national place without code or radius, and keeps lot ids', () => {
    const { input, errors } = formToNeedInput(
      form({ lots: [lot({ id: 'lot-9', amountMin: '50000', amountMax: '90000', place: { kind: 'NATIONAL' }, radiusKm: '20' })] }),
      NOW,
    );
    expect(errors).toEqual({});
    expect(input.lots[0]).toMatchObject({ id: 'lot-9', amountMinEur: 50000, amountMaxEur: null, place: { kind: 'NATIONAL' }, radiusKm: null });
    expect(input.lots[0]?.place).not.toHaveProperty('code');
  });

  it('reports each problem under the field key the wizard shows it on', () => {
    const { errors } = formToNeedInput(
      form({
        kind: '',
        title: ' ',
        deadline: '2026-01-01T08:00',
        durationMonths: '0',
        visibility: 'INVITED',
        lots: [
          lot(),
          lot({
            key: 'k2',
            title: '',
            sectorSlugs: [],
            place: null,
            quantity: 'beaucoup',
            amountMode: 'RANGE',
            amountMin: '100',
            amountMax: '50',
            radiusKm: '2000',
            socialClauseHours: '1,5',
          }),
        ],
      }),
      NOW,
    );
    expect(errors).toEqual({
      kind: 'validation.required',
      title: 'validation.required',
      deadlineAt: 'needs.validation.deadlinePast',
      durationMonths: 'needs.validation.duration',
      invitedSupplierIds: 'needs.validation.invited',
      'lots-1-title': 'validation.required',
      'lots-1-sectorSlugs': 'needs.validation.lotWhat',
      'lots-1-place': 'needs.validation.place',
      'lots-1-quantity': 'validation.number',
      'lots-1-amountMaxEur': 'needs.validation.amountRange',
      'lots-1-radiusKm': 'needs.validation.radius',
      'lots-1-socialClauseHours': 'validation.integer',
    });
  });

  it('accepts a lot defined by CPV codes only, and needs at least one lot', () => {
    expect(formToNeedInput(form({ lots: [lot({ sectorSlugs: [], cpv: [{ code: '90911200-8', label: '' }] })] }), NOW).errors).toEqual({});
    expect(formToNeedInput(form({ lots: [] }), NOW).errors).toEqual({ lots: 'needs.validation.oneLot' });
  });

  it('sends invited suppliers only for an invited need, and an empty editor as an empty description', () => {
    const { input } = formToNeedInput(
      form({ visibility: 'INVITED', invited: [{ id: 's1', name: 'A' }, { id: 's1', name: 'A' }, { id: 's2', name: 'B' }], descriptionHtml: '<p><br></p>' }),
      NOW,
    );
    expect(input.invitedSupplierIds).toEqual(['s1', 's2']);
    expect(input.descriptionHtml).toBe('');
    expect(htmlText('<p>a&nbsp;<b>b</b></p>')).toBe('a b');
    expect(normalizeDescriptionHtml('Première ligne<div>Seconde <b>ligne</b></div><div class="x"><br></div>')).toBe(
      'Première ligne<p>Seconde <b>ligne</b></p><p><br></p>',
    );
  });
});

describe('needToFormValues', () => {
  const need: Need = {
    id: 'n1',
    kind: 'QUOTE',
    title: 'Nettoyage',
    descriptionHtml: '<p>x</p>',
    status: 'DRAFT',
    statusReason: null,
    visibility: 'INVITED',
    consortiaAllowed: false,
    verifiedOnly: true,
    deadlineAt: new Date(2026, 2, 1, 9, 15).toISOString(),
    startDate: null,
    durationMonths: 12,
    questions: ['Q1'],
    version: 1,
    isMine: true,
    invitedSupplierIds: ['s1'],
    publishedAt: null,
    closedAt: null,
    createdAt: '',
    updatedAt: '',
    buyer: { id: 'b1', name: 'Ville', regime: 'CCP' },
    attachments: [{ id: 'f1', name: 'plan.pdf', mimeType: 'application/pdf', sizeBytes: 99, url: '/needs/n1/attachments/f1' }],
    lots: [
      {
        id: 'l2', position: 1, title: 'Second', description: null, sectorSlugs: [], cpvCodes: ['90911200-8'], serviceTypes: [], quantity: null, unit: null,
        amountMinEur: 10, amountMaxEur: 20, place: { kind: 'NATIONAL', code: null, name: null, departementCode: null, regionCode: null },
        radiusKm: null, reservation: 'NONE', socialClauseHours: null,
      },
      {
        id: 'l1', position: 0, title: 'First', description: 'd', sectorSlugs: ['s'], cpvCodes: [], serviceTypes: ['SERVICE'], quantity: 3, unit: 'h',
        amountMinEur: 5000, amountMaxEur: null, place: { kind: 'COMMUNE', code: '59350', name: 'Lille', departementCode: '59', regionCode: '32' },
        radiusKm: 15, reservation: 'RES_HANDICAP', socialClauseHours: 100,
      },
    ],
  };

  it('orders the lots, and round-trips through formToNeedInput', () => {
    const values = needToFormValues(need);
    expect(values.deadline).toBe('2026-03-01T09:15');
    expect(values.lots.map((l) => l.id)).toEqual(['l1', 'l2']);
    expect(values.lots[0]).toMatchObject({ amountMode: 'SINGLE', amountMin: '5000', place: { kind: 'COMMUNE', code: '59350', name: 'Lille', departementCode: '59' } });
    expect(values.lots[1]).toMatchObject({ amountMode: 'RANGE', amountMin: '10', amountMax: '20', cpv: [{ code: '90911200-8', label: '' }], place: { kind: 'NATIONAL' } });
    const { input, errors } = formToNeedInput(values, NOW);
    expect(errors).toEqual({});
    expect(input).toMatchObject({
      kind: 'QUOTE', visibility: 'INVITED', invitedSupplierIds: ['s1'], consortiaAllowed: false, verifiedOnly: true, durationMonths: 12,
      attachmentFileIds: ['f1'], deadlineAt: need.deadlineAt,
    });
    expect(input.lots.map((l) => [l.id, l.amountMinEur, l.amountMaxEur, l.radiusKm, l.reservation])).toEqual([
      ['l1', 5000, null, 15, 'RES_HANDICAP'],
      ['l2', 10, 20, null, 'NONE'],
    ]);
  });
});

describe('adoptLotIds', () => {
  it('gives the form lots the saved ids by position, and leaves a different shape alone', () => {
    const values = form({ lots: [lot({ key: 'a' }), lot({ key: 'b' })] });
    const saved = { lots: [{ id: 'L2', position: 1 }, { id: 'L1', position: 0 }] } as unknown as Pick<Need, 'lots'>;
    expect(adoptLotIds(values, saved).lots.map((l) => [l.key, l.id])).toEqual([['a', 'L1'], ['b', 'L2']]);
    expect(adoptLotIds(values, { lots: [] })).toBe(values);
  });
});

describe('lot helpers', () => {
  it('moves lots up and down, never out of the list', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });

  it('offers L2113-15 (ESS services) to public buyers only', () => {
    expect(allowedReservations('CCP')).toContain('RES_ESS_SERVICES');
    expect(allowedReservations('PRIVATE')).not.toContain('RES_ESS_SERVICES');
    expect(allowedReservations(null)).not.toContain('RES_ESS_SERVICES');
    expect(allowedReservations('PRIVATE')).toEqual(['NONE', 'RES_HANDICAP', 'RES_INSERTION', 'RES_HANDICAP_OR_INSERTION', 'RES_PENITENTIARY']);
  });

  it('builds the live count filters from the reservation, sectors and the département of the place', () => {
    expect(eligibleCountFilters(lot({ reservation: 'RES_INSERTION' }), false)).toEqual({
      eligibleFor: 'RES_INSERTION',
      sectorSlugs: ['collecte-des-dechets-industriels'],
      servingDepartementCode: '59',
    });
    const commune = lot({ sectorSlugs: [], place: { kind: 'COMMUNE', code: '59350', name: 'Lille', departementCode: '59' }, serviceTypes: ['STAFFING'] });
    expect(eligibleCountFilters(commune, true)).toEqual({ servingDepartementCode: '59', serviceTypes: ['STAFFING'], verifiedOnly: true });
    expect(eligibleCountFilters(lot({ place: { kind: 'REGION', code: '32', name: 'Hauts-de-France', departementCode: null } }), false)).toEqual({
      sectorSlugs: ['collecte-des-dechets-industriels'],
    });
    expect(eligibleCountFilters(lot({ sectorSlugs: [], place: { kind: 'NATIONAL' } }), false)).toBeNull();
  });

  it('gives THR-02 the upper bound of a range, and the advice input per lot', () => {
    expect(lotEstimate(lot({ amountMin: '10 000' }))).toBe(10000);
    expect(lotEstimate(lot({ amountMode: 'RANGE', amountMin: '10000', amountMax: '30000' }))).toBe(30000);
    expect(lotEstimate(lot({ amountMode: 'RANGE', amountMin: '10000', amountMax: '' }))).toBe(10000);
    expect(lotEstimate(lot({ amountMin: 'abc' }))).toBeNull();
    expect(
      procurementAdviceInput([lot({ amountMin: '5000' }), lot({ sectorSlugs: ['a', 'a', 'b'] })], { nature: 'SERVICES', buyerType: 'OTHER_PA', socialServices: false }),
    ).toEqual({
      nature: 'SERVICES',
      buyerType: 'OTHER_PA',
      socialServices: false,
      lots: [
        { sectorSlugs: ['collecte-des-dechets-industriels'], amountEurExclVat: 5000 },
        { sectorSlugs: ['a', 'b'], amountEurExclVat: null },
      ],
    });
  });

  it('defaults the nature to supplies only when every lot is manufacturing', () => {
    expect(defaultNature([lot({ serviceTypes: ['MANUFACTURING'] })])).toBe('SUPPLIES');
    expect(defaultNature([lot({ serviceTypes: ['MANUFACTURING'] }), lot({ serviceTypes: [] })])).toBe('SERVICES');
  });
});
