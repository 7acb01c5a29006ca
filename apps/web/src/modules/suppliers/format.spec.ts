import {
  fileIdOfPublicUrl,
  areaSummary,
  badgeText,
  completionAnchor,
  formatCapacity,
  formatDate,
  formatFileSize,
  isVerifiedInclusive,
  kindsSummary,
  placeLabel,
  priceBand,
  siretCheckSentence,
  verificationLabel,
  verificationTone,
} from './format';
import { catalogueT } from './testing-t';
import type { Activity, Place, SupplierKindStatus } from './types';

const fr = catalogueT('fr');
const en = catalogueT('en');
// Intl inserts narrow no-break spaces in French numbers and amounts; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const place = (kind: Place['kind'], code: string, name: string, postcodes: string[] = []): Place => ({
  kind,
  code,
  name,
  postcodes,
  departementCode: null,
  regionCode: null,
});

const area = (patch: Partial<Activity>): Pick<Activity, 'areaKind' | 'regions' | 'departements' | 'communes' | 'radiusKm'> => ({
  areaKind: 'ZONES',
  regions: [],
  departements: [],
  communes: [],
  radiusKm: null,
  ...patch,
});

const kind = (
  k: SupplierKindStatus['kind'],
  status: SupplierKindStatus['status'],
  verifiedUntil: string | null = null,
): SupplierKindStatus => ({
  kind: k,
  labelFr: k,
  labelEn: k,
  status,
  verifiedUntil,
});

describe('formatCapacity', () => {
  it('says "175 t / semaine (max 500)" for the study example', () => {
    expect(plain(formatCapacity({ quantity: 175, maxQuantity: 500, unit: 't', period: 'WEEK' }, fr, 'fr'))).toBe(
      '175 t / semaine (max 500)',
    );
    expect(plain(formatCapacity({ quantity: 175, maxQuantity: 500, unit: 't', period: 'WEEK' }, en, 'en'))).toBe('175 t / week (max 500)');
  });
  it('omits the maximum when unknown and groups thousands', () => {
    expect(plain(formatCapacity({ quantity: 1200.5, maxQuantity: null, unit: 'repas', period: 'DAY' }, fr, 'fr'))).toBe(
      '1 200,5 repas / jour',
    );
    expect(formatCapacity(null, fr, 'fr')).toBe('');
  });
});

describe('areaSummary', () => {
  it('describes national and radius areas', () => {
    expect(areaSummary(area({ areaKind: 'NATIONAL' }), fr)).toBe('France entière');
    expect(areaSummary(area({ areaKind: 'RADIUS', radiusKm: 50 }), fr)).toBe('Dans un rayon de 50 km autour du site');
    expect(areaSummary(area({ areaKind: 'RADIUS', radiusKm: 50 }), en)).toBe('Within 50 km of the site');
  });
  it('lists zones by kind, départements with their code and communes with a postcode', () => {
    const summary = areaSummary(
      area({
        regions: [place('REGION', '53', 'Bretagne')],
        departements: [place('DEPARTEMENT', '29', 'Finistère'), place('DEPARTEMENT', '56', 'Morbihan')],
        communes: [place('COMMUNE', '29019', 'Brest', ['29200'])],
      }),
      fr,
    );
    expect(summary).toBe('Régions : Bretagne · Départements : Finistère (29), Morbihan (56) · Communes : Brest (29200)');
    expect(areaSummary(area({}), fr)).toBe('Zone non précisée');
  });
  it('labels places', () => {
    expect(placeLabel(place('COMMUNE', '75056', 'Paris'))).toBe('Paris');
  });
});

describe('priceBand', () => {
  it('formats a band, a floor, a ceiling and nothing', () => {
    expect(plain(priceBand(10, 20, fr, 'fr'))).toBe('de 10 € à 20 €');
    expect(plain(priceBand(10, null, fr, 'fr'))).toBe('à partir de 10 €');
    expect(plain(priceBand(null, 20.5, fr, 'fr'))).toBe("jusqu'à 20,5 €");
    expect(plain(priceBand(15, 15, fr, 'fr'))).toBe('15 €');
    expect(priceBand(null, null, fr, 'fr')).toBe('');
    expect(priceBand(10, 20, en, 'en')).toBe('from €10 to €20');
  });
});

describe('badges and verification labels', () => {
  it('adds the proof end date to an eligible badge', () => {
    const text = badgeText(
      { reservation: 'RES_INSERTION', status: 'ELIGIBLE', label: 'Éligible marchés réservés L2113-13', proofValidUntil: '2027-12-31' },
      fr,
      'fr',
    );
    expect(plain(text)).toBe("Éligible marchés réservés L2113-13 · justificatif valable jusqu'au 31 déc. 2027");
  });
  it('says "À confirmer" once on a TO_CONFIRM badge', () => {
    expect(
      badgeText({ reservation: 'RES_HANDICAP', status: 'TO_CONFIRM', label: 'Marchés réservés L2113-12', proofValidUntil: null }, fr, 'fr'),
    ).toBe('Marchés réservés L2113-12 · À confirmer');
    expect(
      badgeText({ reservation: 'RES_HANDICAP', status: 'TO_CONFIRM', label: 'L2113-12 : à confirmer', proofValidUntil: null }, fr, 'fr'),
    ).toBe('L2113-12 : à confirmer');
  });
  it('labels and colours each verification status', () => {
    expect(plain(verificationLabel({ status: 'VERIFIED', verifiedUntil: '2027-06-30' }, fr, 'fr'))).toBe("Vérifié jusqu'au 30 juin 2027");
    expect(verificationLabel({ status: 'DECLARED', verifiedUntil: null }, fr, 'fr')).toBe('Déclaré (non vérifié)');
    expect(verificationLabel({ status: 'EXPIRED', verifiedUntil: null }, en, 'en')).toBe('Proof expired');
    expect(verificationTone('VERIFIED')).toBe('ok');
    expect(verificationTone('REJECTED')).toBe('error');
    expect(verificationTone('DECLARED')).toBe('warn');
  });
  it('keeps plain dates on their day whatever the time zone', () => {
    expect(plain(formatDate('2027-01-01', 'fr'))).toBe('1 janv. 2027');
    expect(formatDate('not a date', 'fr')).toBe('not a date');
    expect(formatDate(null, 'fr')).toBe('');
  });
});

describe('SIRET check sentence', () => {
  const base = { siret: '80746931700018', valid: true, onPlatform: true, supplierId: 's1', name: 'Envie 35', claimed: true };
  it('names the structure with its kinds and statuses', () => {
    const check = { ...base, kinds: [kind('EI', 'DECLARED'), kind('ESAT', 'VERIFIED', '2027-12-31')] };
    expect(plain(siretCheckSentence(check, fr, 'fr'))).toBe(
      "Cette structure est sur Essor : Envie 35 — EI (déclaré (non vérifié)), ESAT (vérifié jusqu'au 31 déc. 2027).",
    );
    expect(kindsSummary([kind('EI', 'PENDING')], en, 'en')).toBe('EI (verification in progress)');
  });
  it('answers for invalid and unknown SIRETs', () => {
    expect(siretCheckSentence({ ...base, valid: false, onPlatform: false, kinds: [] }, fr, 'fr')).toBe(
      "Ce SIRET n'est pas valide (clé de contrôle incorrecte).",
    );
    expect(siretCheckSentence({ ...base, onPlatform: false, kinds: [] }, fr, 'fr')).toBe("Cette structure n'est pas sur Essor.");
  });
  it('calls a structure inclusive only with a verified non-ordinary kind', () => {
    expect(isVerifiedInclusive([kind('ORDINARY', 'VERIFIED'), kind('EI', 'PENDING')])).toBe(false);
    expect(isVerifiedInclusive([kind('EI', 'VERIFIED')])).toBe(true);
  });
});

describe('misc', () => {
  it('formats file sizes', () => {
    expect(formatFileSize(512, 'fr')).toBe('512 o');
    expect(formatFileSize(2048, 'en')).toBe('2 KB');
    expect(plain(formatFileSize(3.5 * 1024 * 1024, 'fr'))).toBe('3,5 Mo');
  });
  it('maps completion keys to back-office sections', () => {
    expect(completionAnchor('offers')).toBe('offres');
    expect(completionAnchor('proofs')).toBe('justificatifs');
    expect(completionAnchor('siteLocation')).toBe('field-communeCode');
    expect(completionAnchor('something-new')).toBe('profil');
  });
});

describe('fileIdOfPublicUrl', () => {
  it('reads the id of a public file URL and nothing else', () => {
    expect(fileIdOfPublicUrl('/files/3b241101-e2bb-4255-8caf-4136c566a962/public')).toBe('3b241101-e2bb-4255-8caf-4136c566a962');
    expect(fileIdOfPublicUrl('/files/3b241101-e2bb-4255-8caf-4136c566a962')).toBeNull();
    expect(fileIdOfPublicUrl('https://evil.example/files/3b241101-e2bb-4255-8caf-4136c566a962/public')).toBeNull();
  });
});
