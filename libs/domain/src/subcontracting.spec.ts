import { subcontractingWarning } from './subcontracting';
import { DEADLINE, verified } from './testing/fixtures';

describe('RES-09 subcontracting under a reserved contract', () => {
  const sas = { name: 'SAS Dupont', kinds: [verified('ORDINARY')] };

  it('RES-09: reserved contract, winner EA, DC4 for an ordinary SAS on 30 % of the amount -> warning', () => {
    const warning = subcontractingWarning({ reservation: 'RES_HANDICAP', at: DEADLINE, subcontractor: sas });
    expect(warning).toMatchObject({ level: 'WARNING', code: 'SUBCONTRACTOR_NOT_ELIGIBLE' });
    expect(warning?.message_fr).toMatch(/SAS Dupont/);
    expect(warning?.subcontractorEligibility.status).toBe('INELIGIBLE');
  });

  it('RES-09: reserved contract, winner EA buys raw materials from a SAS -> no warning', () => {
    expect(
      subcontractingWarning({ reservation: 'RES_HANDICAP', at: DEADLINE, subcontractor: sas, isSupplyOnly: true }),
    ).toBeNull();
  });

  it('RES-09: subcontracting to an eligible structure -> no warning', () => {
    expect(
      subcontractingWarning({
        reservation: 'RES_HANDICAP',
        at: DEADLINE,
        subcontractor: { kinds: [verified('ESAT')] },
      }),
    ).toBeNull();
  });

  it('RES-09: a subcontractor still to confirm is warned about as such', () => {
    const warning = subcontractingWarning({
      reservation: 'RES_INSERTION',
      at: DEADLINE,
      subcontractor: { kinds: [verified('GEIQ')] },
    });
    expect(warning).toMatchObject({ level: 'WARNING', code: 'SUBCONTRACTOR_TO_CONFIRM' });
  });

  it('RES-09: under the ESS services reservation the matrix only asks to inform', () => {
    const warning = subcontractingWarning({ reservation: 'RES_ESS_SERVICES', at: DEADLINE, subcontractor: sas });
    expect(warning).toMatchObject({ level: 'INFO', code: 'SUBCONTRACTOR_NOT_ELIGIBLE' });
  });

  it('RES-09: nothing to say on a lot that is not reserved', () => {
    expect(subcontractingWarning({ reservation: 'NONE', at: DEADLINE, subcontractor: sas })).toBeNull();
  });
});
