// The typed constants must say what reservation-matrix.json says (see data/README.md).
import * as fs from 'node:fs';
import * as path from 'node:path';
import matrix from './data/reservation-matrix.json';
import { ESS_SERVICES_CPV_CODES } from './ess-services-cpv';
import { PROOF_TYPE_LABELS, PROOF_TYPES } from './proof-types';
import { RESERVATION_RULES, RESERVATION_TYPES } from './reservation';
import type { ReservedReservationType } from './reservation';
import { isSupplierKind, SUPPLIER_KIND_DEFINITIONS, SUPPLIER_KINDS } from './supplier-kinds';

interface MatrixKind {
  label: string;
  family: string;
  proofs: string[];
  oethDeduction: boolean | string;
  status: string;
  requiresManualReview?: boolean;
}

interface MatrixReservation {
  code: string;
  article: string;
  label: { fr: string; en: string };
  eligibleSupplierKinds: string[];
  conditionalSupplierKinds: { kind: string; reason?: string; status: string }[];
  ineligibleExamples: string[];
  minimumTargetWorkerShare: number | null;
  maxDurationMonths: number | null;
  buyerScope: string[];
  objectRestriction: { list: string } | null;
  combinableWith: string[];
  notCombinableWith: string[];
  groupementRule: { mode: string };
  subcontractingRule: { productBehaviour: string };
}

// Deliberate departures from the matrix's French labels, which are half in English in two places.
const LABEL_FIXES: Partial<Record<string, (label: string) => string>> = {
  // The matrix appends an engineers' note that users should not see.
  ESUS: (label) => label.replace(/ \(attribute, not a kind\)$/, ''),
  // "Entreprise de portage salarial with a BOETH ported employee", translated.
  EPS_BOETH: (label) =>
    label === 'Entreprise de portage salarial with a BOETH ported employee'
      ? 'Entreprise de portage salarial avec un salarié porté BOETH'
      : label,
};

const matrixKinds = matrix.supplierKinds as Record<string, MatrixKind>;
const matrixReservations = matrix.reservationTypes as MatrixReservation[];

describe('supplier kinds agree with reservation-matrix.json', () => {
  it('has exactly the matrix kind codes, in the matrix order', () => {
    expect([...SUPPLIER_KINDS]).toEqual(Object.keys(matrixKinds));
  });

  it.each(Object.entries(matrixKinds))('%s: family, label, proofs, OETH flag and status match', (code, source) => {
    if (!isSupplierKind(code)) throw new Error(`unknown kind ${code}`);
    const def = SUPPLIER_KIND_DEFINITIONS[code];
    expect(def.code).toBe(code);
    expect(def.family).toBe(source.family);
    expect(LABEL_FIXES[code]?.(source.label) ?? source.label).toBe(def.label.fr);
    expect(def.label.en.length).toBeGreaterThan(0);
    expect(def.proofs.map((p) => p.matrixText)).toEqual(source.proofs);
    expect(def.oethDeduction).toBe(source.oethDeduction);
    expect(def.evidenceStatus).toBe(source.status);
    expect(def.requiresManualReview).toBe(source.requiresManualReview ?? false);
  });

  it('every proof type is used by some kind and has both labels', () => {
    const used = new Set(SUPPLIER_KINDS.flatMap((k) => SUPPLIER_KIND_DEFINITIONS[k].proofs.map((p) => p.type)));
    expect([...used].sort()).toEqual([...PROOF_TYPES].sort());
    for (const type of PROOF_TYPES) {
      expect(PROOF_TYPE_LABELS[type].fr).not.toBe('');
      expect(PROOF_TYPE_LABELS[type].en).not.toBe('');
    }
  });
});

describe('reservation rules agree with reservation-matrix.json', () => {
  it('has the matrix reservation codes plus NONE', () => {
    expect(RESERVATION_TYPES.filter((r) => r !== 'NONE')).toEqual(matrixReservations.map((r) => r.code));
  });

  it.each(matrixReservations.map((r) => [r.code, r] as const))('%s matches the matrix', (code, source) => {
    const rule = RESERVATION_RULES[code as ReservedReservationType];
    expect(rule.code).toBe(code);
    expect(rule.article).toBe(source.article);
    expect(rule.label).toEqual(source.label);
    expect(rule.eligibleKinds).toEqual(source.eligibleSupplierKinds);
    expect(rule.conditionalKinds.map((c) => [c.kind, c.evidenceStatus])).toEqual(
      source.conditionalSupplierKinds.map((c) => [c.kind, c.status]),
    );
    source.conditionalSupplierKinds.forEach((c, i) => {
      if (c.reason !== undefined) expect(rule.conditionalKinds[i]?.reason.en).toBe(c.reason);
    });
    expect(rule.minimumTargetWorkerShare).toBe(source.minimumTargetWorkerShare);
    expect(rule.maxDurationMonths).toBe(source.maxDurationMonths);
    expect(rule.buyerScope).toEqual(source.buyerScope);
    expect(rule.objectRestriction).toBe(
      source.objectRestriction?.list === 'essServicesCpvList' ? 'ESS_SERVICES_CPV_LIST' : null,
    );
    expect(rule.combinableWith).toEqual(source.combinableWith);
    expect(rule.notCombinableWith).toEqual(source.notCombinableWith);
    expect(rule.groupementMode).toBe(source.groupementRule.mode);
    expect(rule.subcontractingBehaviour).toBe(source.subcontractingRule.productBehaviour);
    // The matrix's "ineligible examples" must not be listed as eligible or conditional.
    const covered = [...rule.eligibleKinds, ...rule.conditionalKinds.map((c) => c.kind)] as string[];
    for (const example of source.ineligibleExamples) expect(covered).not.toContain(example);
  });

  it('every kind the reservation types mention is a known supplier kind', () => {
    const mentioned = matrixReservations.flatMap((r) => [
      ...r.eligibleSupplierKinds,
      ...r.conditionalSupplierKinds.map((c) => c.kind),
      ...r.ineligibleExamples,
    ]);
    expect(mentioned.filter((k) => !isSupplierKind(k))).toEqual([]);
  });

  it('conditional kinds are TO_CONFIRM unless the matrix marks the condition VERIFIED (product policy)', () => {
    for (const rule of Object.values(RESERVATION_RULES)) {
      for (const c of rule.conditionalKinds) {
        expect(c.outcome).toBe(c.evidenceStatus === 'VERIFIED' ? 'ELIGIBLE' : 'TO_CONFIRM');
        expect(c.reason.fr).not.toBe('');
      }
    }
  });

  it('the ESS services CPV list is the matrix list: 115 distinct codes', () => {
    expect(ESS_SERVICES_CPV_CODES).toEqual(matrix.essServicesCpvList);
    expect(new Set(ESS_SERVICES_CPV_CODES).size).toBe(115);
  });
});

describe('the repo copy of the matrix', () => {
  // CI checks out the design pack as a sibling folder; locally it is /work/shared. Skip if absent.
  const original = path.resolve(__dirname, '../../../../shared/domain/reservation-matrix.json');
  const maybe = fs.existsSync(original) ? it : it.skip;

  maybe('is byte-identical to shared/domain/reservation-matrix.json', () => {
    const copy = fs.readFileSync(path.join(__dirname, 'data/reservation-matrix.json'));
    expect(copy.equals(fs.readFileSync(original))).toBe(true);
  });
});
