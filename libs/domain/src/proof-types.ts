// Kinds of status proof (justificatif de statut) a supplier can submit. The matrix lists proofs as
// free text; these codes name them so proofs can be stored, checked and labelled. The free text
// each code stands for is kept per kind in supplier-kinds.ts (and checked against the matrix).

export const ProofType = {
  /** Contrat pluriannuel d'objectifs et de moyens valant agrément (EA, EATT). */
  CPOM: 'CPOM',
  CDTD_APPROVAL: 'CDTD_APPROVAL',
  ARS_AUTHORISATION: 'ARS_AUTHORISATION',
  FINESS_NUMBER: 'FINESS_NUMBER',
  /** Convention with the State (DREETS/DDETS) for an SIAE, kept alive by its yearly financial annex. */
  IAE_CONVENTION: 'IAE_CONVENTION',
  GEIQ_LABEL: 'GEIQ_LABEL',
  PENITENTIARY_PRODUCTION_PROOF: 'PENITENTIARY_PRODUCTION_PROOF',
  BOETH_RECOGNITION: 'BOETH_RECOGNITION',
  PORTAGE_BOETH_ATTESTATION: 'PORTAGE_BOETH_ATTESTATION',
  STATUTES: 'STATUTES',
  RNA_NUMBER: 'RNA_NUMBER',
  KBIS: 'KBIS',
  ESS_STATUTES: 'ESS_STATUTES',
  KBIS_ESS_MENTION: 'KBIS_ESS_MENTION',
  ESUS_APPROVAL: 'ESUS_APPROVAL',
  DISABLED_WORKERS_SHARE_ATTESTATION: 'DISABLED_WORKERS_SHARE_ATTESTATION',
  DISADVANTAGED_WORKERS_SHARE_ATTESTATION: 'DISADVANTAGED_WORKERS_SHARE_ATTESTATION',
  FOREIGN_REGISTRATION: 'FOREIGN_REGISTRATION',
} as const;
export type ProofType = (typeof ProofType)[keyof typeof ProofType];

export const PROOF_TYPES: readonly ProofType[] = Object.values(ProofType);

export const PROOF_TYPE_LABELS: Readonly<Record<ProofType, { readonly fr: string; readonly en: string }>> = {
  CPOM: { fr: 'CPOM valant agrément', en: 'CPOM (multi-year approval contract)' },
  CDTD_APPROVAL: { fr: 'Agrément CDTD', en: 'CDTD approval' },
  ARS_AUTHORISATION: { fr: "Arrêté d'autorisation ARS", en: 'Regional health agency (ARS) authorisation' },
  FINESS_NUMBER: { fr: 'Numéro FINESS', en: 'FINESS number' },
  IAE_CONVENTION: { fr: 'Convention DREETS/DDETS', en: 'State IAE agreement (DREETS/DDETS)' },
  GEIQ_LABEL: { fr: 'Label GEIQ', en: 'GEIQ label' },
  PENITENTIARY_PRODUCTION_PROOF: {
    fr: 'Justificatif de production en établissement pénitentiaire',
    en: 'Proof of production in a prison',
  },
  BOETH_RECOGNITION: { fr: 'Reconnaissance BOETH', en: 'BOETH recognition' },
  PORTAGE_BOETH_ATTESTATION: { fr: 'Attestation de portage BOETH', en: 'BOETH portage attestation' },
  STATUTES: { fr: 'Statuts', en: 'Articles of association' },
  RNA_NUMBER: { fr: 'Numéro RNA', en: 'RNA number (associations register)' },
  KBIS: { fr: 'Extrait Kbis', en: 'Kbis extract' },
  ESS_STATUTES: { fr: 'Statuts comportant les clauses ESS', en: 'Articles with social-economy clauses' },
  KBIS_ESS_MENTION: { fr: 'Mention ESS au Kbis', en: 'Social-economy mention on the Kbis' },
  ESUS_APPROVAL: { fr: "Arrêté préfectoral d'agrément ESUS", en: 'Prefectoral ESUS approval' },
  DISABLED_WORKERS_SHARE_ATTESTATION: {
    fr: 'Attestation de la part de travailleurs handicapés',
    en: 'Attestation of the share of disabled workers',
  },
  DISADVANTAGED_WORKERS_SHARE_ATTESTATION: {
    fr: 'Attestation de la part de travailleurs défavorisés',
    en: 'Attestation of the share of disadvantaged workers',
  },
  FOREIGN_REGISTRATION: { fr: "Immatriculation dans le pays d'origine", en: 'Registration in the home country' },
};

export function isProofType(value: unknown): value is ProofType {
  return typeof value === 'string' && (PROOF_TYPES as readonly string[]).includes(value);
}
