// Consortium (GME) vocabulary from the glossary (DESIGN.md §2). Names follow the code glossary;
// the matrix's MANDATAIRE is LEAD here.

export const ConsortiumMemberRole = {
  /** Mandataire: represents the members and coordinates them (R2142-24). */
  LEAD: 'LEAD',
  /** Cotraitant. */
  CO_CONTRACTOR: 'CO_CONTRACTOR',
  /** Sous-traitant: not a member of the groupement in law, listed so that RES-09 can warn about it. */
  SUBCONTRACTOR: 'SUBCONTRACTOR',
} as const;
export type ConsortiumMemberRole = (typeof ConsortiumMemberRole)[keyof typeof ConsortiumMemberRole];

export const ConsortiumForm = {
  /** Conjoint: each member answers for its own share only (R2142-20). */
  JOINT: 'JOINT',
  /** Solidaire: each member answers for the whole contract. */
  JOINT_AND_SEVERAL: 'JOINT_AND_SEVERAL',
} as const;
export type ConsortiumForm = (typeof ConsortiumForm)[keyof typeof ConsortiumForm];

/** Members that bid (and so must be eligible under RES-08), as opposed to subcontractors. */
export function isBiddingRole(role: ConsortiumMemberRole): boolean {
  return role !== ConsortiumMemberRole.SUBCONTRACTOR;
}
