// Supplier kinds (ESS-01) as typed constants, transcribed from reservation-matrix.json
// `supplierKinds`. Constants rather than a JSON import: the codes become a literal union type, the
// web bundle does not carry the whole matrix, and matrix-agreement.spec.ts fails on any drift.

import { ProofType } from './proof-types';

/** Every kind code of the matrix, in the matrix's order. */
export const SUPPLIER_KINDS = [
  'EA',
  'EATT',
  'CDTD',
  'ESAT',
  'EI',
  'ETTI',
  'AI',
  'ACI',
  'EITI',
  'GEIQ',
  'SEP',
  'TIH',
  'EPS_BOETH',
  'ESS_ASSOCIATION',
  'ESS_COOP_SCOP',
  'ESS_COOP_SCIC',
  'ESS_OTHER_COOP',
  'ESS_MUTUELLE',
  'ESS_FONDATION',
  'ESS_COMMERCIAL',
  'ESUS',
  'EQUIVALENT_HANDICAP',
  'EQUIVALENT_INSERTION',
  'ORDINARY',
] as const;
export type SupplierKind = (typeof SUPPLIER_KINDS)[number];

export const SUPPLIER_FAMILIES = [
  'HANDICAP',
  'INSERTION',
  'INSERTION_ADJACENT',
  'PENITENTIARY',
  'HANDICAP_SELF_EMPLOYED',
  'OETH_ONLY',
  'ESS',
  /** ESUS is an approval a structure holds on top of its legal form, not a legal form itself. */
  'ESS_ATTRIBUTE',
  'NONE',
] as const;
export type SupplierFamily = (typeof SUPPLIER_FAMILIES)[number];

/** How well the research behind a matrix entry is sourced (procurement-rules.md §0). */
export type EvidenceStatus = 'VERIFIED' | 'PARTIAL' | 'UNVERIFIED';

export interface AcceptedProof {
  readonly type: ProofType;
  /** The matrix's wording of this proof, kept verbatim for traceability. */
  readonly matrixText: string;
}

export interface SupplierKindDefinition {
  readonly code: SupplierKind;
  readonly family: SupplierFamily;
  readonly label: { readonly fr: string; readonly en: string };
  /** Any one of these, valid at the response deadline, supports the kind. */
  readonly proofs: readonly AcceptedProof[];
  /** Purchases from this kind reduce the buyer's OETH contribution (OETH-02); 'UNVERIFIED' = unknown. */
  readonly oethDeduction: boolean | 'UNVERIFIED';
  readonly evidenceStatus: EvidenceStatus;
  /** Staff must judge the case (equivalent structures): there is no public register to check. */
  readonly requiresManualReview: boolean;
}

const p = (type: ProofType, matrixText: string): AcceptedProof => ({ type, matrixText });

export const SUPPLIER_KIND_DEFINITIONS: Readonly<Record<SupplierKind, SupplierKindDefinition>> = {
  EA: {
    code: 'EA',
    family: 'HANDICAP',
    label: { fr: 'Entreprise adaptée', en: 'Adapted enterprise' },
    proofs: [p('CPOM', 'CPOM / agrément en cours de validité')],
    oethDeduction: true,
    evidenceStatus: 'VERIFIED',
    requiresManualReview: false,
  },
  EATT: {
    code: 'EATT',
    family: 'HANDICAP',
    label: { fr: 'Entreprise adaptée de travail temporaire', en: 'Adapted temporary-work enterprise' },
    proofs: [p('CPOM', 'CPOM')],
    oethDeduction: 'UNVERIFIED',
    evidenceStatus: 'PARTIAL',
    requiresManualReview: false,
  },
  CDTD: {
    code: 'CDTD',
    family: 'HANDICAP',
    label: { fr: 'Centre de distribution de travail à domicile', en: 'Home-based work distribution centre' },
    proofs: [p('CDTD_APPROVAL', 'agrément')],
    oethDeduction: 'UNVERIFIED',
    evidenceStatus: 'PARTIAL',
    requiresManualReview: false,
  },
  ESAT: {
    code: 'ESAT',
    family: 'HANDICAP',
    label: {
      fr: "Établissement et service d'aide (d'accompagnement) par le travail",
      en: 'Sheltered work establishment (ESAT)',
    },
    proofs: [p('ARS_AUTHORISATION', "arrêté d'autorisation ARS"), p('FINESS_NUMBER', 'numéro FINESS')],
    oethDeduction: true,
    evidenceStatus: 'VERIFIED',
    requiresManualReview: false,
  },
  EI: {
    code: 'EI',
    family: 'INSERTION',
    label: { fr: "Entreprise d'insertion", en: 'Work-integration enterprise' },
    proofs: [p('IAE_CONVENTION', "convention DREETS/DDETS + annexe financière de l'année")],
    oethDeduction: false,
    evidenceStatus: 'VERIFIED',
    requiresManualReview: false,
  },
  ETTI: {
    code: 'ETTI',
    family: 'INSERTION',
    label: { fr: "Entreprise de travail temporaire d'insertion", en: 'Work-integration temporary-work enterprise' },
    proofs: [p('IAE_CONVENTION', 'convention DREETS/DDETS')],
    oethDeduction: false,
    evidenceStatus: 'VERIFIED',
    requiresManualReview: false,
  },
  AI: {
    code: 'AI',
    family: 'INSERTION',
    label: { fr: 'Association intermédiaire', en: 'Intermediary association' },
    proofs: [p('IAE_CONVENTION', 'convention DREETS/DDETS')],
    oethDeduction: false,
    evidenceStatus: 'VERIFIED',
    requiresManualReview: false,
  },
  ACI: {
    code: 'ACI',
    family: 'INSERTION',
    label: { fr: "Atelier et chantier d'insertion", en: 'Work-integration workshop and site' },
    proofs: [p('IAE_CONVENTION', 'convention DREETS/DDETS')],
    oethDeduction: false,
    evidenceStatus: 'VERIFIED',
    requiresManualReview: false,
  },
  EITI: {
    code: 'EITI',
    family: 'INSERTION',
    label: {
      fr: "Entreprise d'insertion par le travail indépendant",
      en: 'Work-integration enterprise for self-employment',
    },
    proofs: [p('IAE_CONVENTION', 'convention')],
    oethDeduction: false,
    evidenceStatus: 'PARTIAL',
    requiresManualReview: false,
  },
  GEIQ: {
    code: 'GEIQ',
    family: 'INSERTION_ADJACENT',
    label: {
      fr: "Groupement d'employeurs pour l'insertion et la qualification",
      en: "Employers' group for integration and qualification",
    },
    proofs: [p('GEIQ_LABEL', 'GEIQ label')],
    oethDeduction: false,
    evidenceStatus: 'PARTIAL',
    requiresManualReview: false,
  },
  SEP: {
    code: 'SEP',
    family: 'PENITENTIARY',
    label: { fr: 'Produits et services réalisés en prison', en: 'Prison-made products and services' },
    proofs: [
      p('PENITENTIARY_PRODUCTION_PROOF', 'proof of production in a penitentiary establishment with ≥50% detainees'),
    ],
    oethDeduction: false,
    evidenceStatus: 'VERIFIED',
    requiresManualReview: false,
  },
  TIH: {
    code: 'TIH',
    family: 'HANDICAP_SELF_EMPLOYED',
    label: { fr: 'Travailleur indépendant handicapé (BOETH)', en: 'Disabled self-employed worker (BOETH)' },
    proofs: [p('BOETH_RECOGNITION', 'BOETH recognition')],
    oethDeduction: true,
    evidenceStatus: 'VERIFIED',
    requiresManualReview: false,
  },
  EPS_BOETH: {
    code: 'EPS_BOETH',
    family: 'OETH_ONLY',
    // The matrix's French label is half English; translated (see matrix-agreement.spec.ts).
    label: {
      fr: 'Entreprise de portage salarial avec un salarié porté BOETH',
      en: 'Umbrella company with a BOETH ported employee',
    },
    proofs: [p('PORTAGE_BOETH_ATTESTATION', 'attestation')],
    oethDeduction: true,
    evidenceStatus: 'VERIFIED',
    requiresManualReview: false,
  },
  ESS_ASSOCIATION: {
    code: 'ESS_ASSOCIATION',
    family: 'ESS',
    label: { fr: 'Association (ESS)', en: 'Association (social economy)' },
    proofs: [p('STATUTES', 'statuts'), p('RNA_NUMBER', 'RNA')],
    oethDeduction: false,
    evidenceStatus: 'VERIFIED',
    requiresManualReview: false,
  },
  ESS_COOP_SCOP: {
    code: 'ESS_COOP_SCOP',
    family: 'ESS',
    label: { fr: 'SCOP', en: "Workers' cooperative (SCOP)" },
    proofs: [p('KBIS', 'Kbis'), p('STATUTES', 'statuts')],
    oethDeduction: false,
    evidenceStatus: 'PARTIAL',
    requiresManualReview: false,
  },
  ESS_COOP_SCIC: {
    code: 'ESS_COOP_SCIC',
    family: 'ESS',
    label: { fr: 'SCIC', en: 'Multi-stakeholder cooperative (SCIC)' },
    proofs: [p('KBIS', 'Kbis'), p('STATUTES', 'statuts')],
    oethDeduction: false,
    evidenceStatus: 'PARTIAL',
    requiresManualReview: false,
  },
  ESS_OTHER_COOP: {
    code: 'ESS_OTHER_COOP',
    family: 'ESS',
    label: { fr: 'Autre coopérative', en: 'Other cooperative' },
    proofs: [p('STATUTES', 'statuts')],
    oethDeduction: false,
    evidenceStatus: 'PARTIAL',
    requiresManualReview: false,
  },
  ESS_MUTUELLE: {
    code: 'ESS_MUTUELLE',
    family: 'ESS',
    label: { fr: 'Mutuelle', en: 'Mutual society' },
    proofs: [p('STATUTES', 'statuts')],
    oethDeduction: false,
    evidenceStatus: 'VERIFIED',
    requiresManualReview: false,
  },
  ESS_FONDATION: {
    code: 'ESS_FONDATION',
    family: 'ESS',
    label: { fr: 'Fondation', en: 'Foundation' },
    proofs: [p('STATUTES', 'statuts')],
    oethDeduction: false,
    evidenceStatus: 'VERIFIED',
    requiresManualReview: false,
  },
  ESS_COMMERCIAL: {
    code: 'ESS_COMMERCIAL',
    family: 'ESS',
    label: { fr: "Société commerciale de l'ESS", en: 'Social-economy commercial company' },
    proofs: [p('ESS_STATUTES', 'statuts with ESS clauses'), p('KBIS_ESS_MENTION', 'Kbis mention')],
    oethDeduction: false,
    evidenceStatus: 'VERIFIED',
    requiresManualReview: false,
  },
  ESUS: {
    code: 'ESUS',
    family: 'ESS_ATTRIBUTE',
    // The matrix label ends with "(attribute, not a kind)", a note for engineers, not for users.
    label: {
      fr: "Agrément Entreprise solidaire d'utilité sociale",
      en: 'Solidarity enterprise of social utility (ESUS) approval',
    },
    proofs: [p('ESUS_APPROVAL', "arrêté préfectoral d'agrément (5 years; 2 years for recent structures)")],
    oethDeduction: false,
    evidenceStatus: 'VERIFIED',
    requiresManualReview: false,
  },
  EQUIVALENT_HANDICAP: {
    code: 'EQUIVALENT_HANDICAP',
    family: 'HANDICAP',
    label: { fr: 'Structure équivalente (handicap)', en: 'Equivalent structure (disability)' },
    proofs: [
      p('DISABLED_WORKERS_SHARE_ATTESTATION', 'attestation: ≥50% disabled workers unable to work in normal conditions'),
      p('FOREIGN_REGISTRATION', 'foreign registration if applicable'),
    ],
    oethDeduction: 'UNVERIFIED',
    evidenceStatus: 'VERIFIED',
    requiresManualReview: true,
  },
  EQUIVALENT_INSERTION: {
    code: 'EQUIVALENT_INSERTION',
    family: 'INSERTION',
    label: { fr: 'Structure équivalente (insertion)', en: 'Equivalent structure (work integration)' },
    proofs: [p('DISADVANTAGED_WORKERS_SHARE_ATTESTATION', 'attestation: ≥50% disadvantaged workers')],
    oethDeduction: false,
    evidenceStatus: 'VERIFIED',
    requiresManualReview: true,
  },
  ORDINARY: {
    code: 'ORDINARY',
    family: 'NONE',
    label: {
      fr: 'Entreprise ordinaire (non ESS, non inclusive)',
      en: 'Ordinary company (neither social-economy nor inclusive)',
    },
    proofs: [],
    oethDeduction: false,
    evidenceStatus: 'VERIFIED',
    requiresManualReview: false,
  },
};

export function isSupplierKind(value: unknown): value is SupplierKind {
  return typeof value === 'string' && (SUPPLIER_KINDS as readonly string[]).includes(value);
}

export function supplierKindDefinition(kind: SupplierKind): SupplierKindDefinition {
  return SUPPLIER_KIND_DEFINITIONS[kind];
}

/** Proof types that can support `kind` (deduplicated, in the matrix's order). */
export function acceptedProofTypes(kind: SupplierKind): readonly ProofType[] {
  return [...new Set(SUPPLIER_KIND_DEFINITIONS[kind].proofs.map((proof) => proof.type))];
}

export function supplierKindsOfFamily(family: SupplierFamily): readonly SupplierKind[] {
  return SUPPLIER_KINDS.filter((kind) => SUPPLIER_KIND_DEFINITIONS[kind].family === family);
}
