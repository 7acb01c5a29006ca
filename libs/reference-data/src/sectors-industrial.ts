/**
 * Essor's extra sector group "Capacités industrielles": industrial capabilities
 * of ESS suppliers that Le Marché's taxonomy lumps into "Sous-traitance
 * industrielle". Drawn from the Banque des Territoires study on ESS and industry
 * (2024, /work/shared/seed/etude-ess-industrie.txt; "l." = line in that text file).
 * Slugs are Essor's own and must never change once published.
 */
export const INDUSTRIAL_GROUP = {
  slug: 'capacites-industrielles',
  nameFr: 'Capacités industrielles',
  nameEn: 'Industrial capabilities',
} as const;

export interface IndustrialSectorDef {
  slug: string;
  nameFr: string;
  nameEn: string;
  /** Where the study mentions the activity. */
  note: string;
}

export const INDUSTRIAL_SECTORS: readonly IndustrialSectorDef[] = [
  {
    slug: 'usinage-mecanique-de-precision',
    nameFr: 'Usinage et mécanique de précision',
    nameEn: 'Machining and precision mechanics',
    note:
      'Study part 1 §1.5 (l. 788): Talendi (ex-Ateliers Bretagne) develops "montage industriel, usinage, câblage"; ' +
      'territory zoom §3.2 (l. 6565): SCOP Veyret Techniques Découpe "nouvelles techniques d\'usinage".',
  },
  {
    slug: 'assemblage-electronique-cms',
    nameFr: 'Assemblage électronique (cartes, CMS)',
    nameEn: 'Electronics assembly (PCBs, SMT)',
    note:
      'Study §1.3 (l. 683-687) and Grand Est zoom §3.1 (l. 5226-5232): EA APF Entreprises Alsace, "montage et assemblage ' +
      'de cartes électroniques", two lines of "composants montés en surface (CMS)".',
  },
  {
    slug: 'cablage-faisceaux-armoires-electriques',
    nameFr: 'Câblage, faisceaux et armoires électriques',
    nameEn: 'Wiring, cable harnesses and electrical cabinets',
    note:
      'Study l. 683 / l. 5227: APF Entreprises Alsace "faisceaux électriques" (Alstom); l. 2385-2414: EA "câblage ' +
      'industriel et d\'assemblage", "armoires électriques" (BENNING), APF pôle "câblage et assemblage électrotechnique".',
  },
  {
    slug: 'metallerie-chaudronnerie-soudure',
    nameFr: 'Métallerie, tôlerie, chaudronnerie, soudure',
    nameEn: 'Metalwork, sheet metal, boilermaking, welding',
    note:
      'Study l. 4812: EI D.Multiple "atelier de métallerie", metal supports for solar panels; l. 5294: SCOP Eurofence, ' +
      'metal fences and gates (steel transformation); l. 576-590 / l. 4856-4864: GEIQ Métallurgie (Dillinger, tôles; ' +
      'Institut de soudure). "Tôlerie"/"chaudronnerie" are not named as such in the study.',
  },
  {
    slug: 'peinture-industrielle-traitement-de-surface',
    nameFr: 'Peinture industrielle et traitement de surface',
    nameEn: 'Industrial painting and surface treatment',
    note: 'Study l. 404-405 / l. 5322-5323: SCOP Eurofence opens a dry (powder) paint line and recycles over 50% of its powders.',
  },
  {
    slug: 'plasturgie-injection-plastique',
    nameFr: 'Plasturgie, injection et transformation des plastiques',
    nameEn: 'Plastics processing and injection moulding',
    note:
      'Study l. 497 / l. 653: plasturgie is one of the 34 industrial sectors retained; l. 5002: plasturgie among Grand Est ' +
      'industries; l. 5358 / l. 5371: Groupe VALO\' recycles hard plastics. Injection moulding itself is not named in the study.',
  },
  {
    slug: 'reconditionnement-deee',
    nameFr: 'Reconditionnement et réparation d\'équipements électriques et électroniques (DEEE)',
    nameEn: 'Refurbishment and repair of electrical and electronic equipment (WEEE)',
    note:
      'Study §2.4 "Zoom sur le secteur du reconditionnement numérique et électronique" (l. 1010-1168): DEEE, ' +
      'réemploi/reconditionnement by ESS (Ecosystem, La JVS, RepareSeb); l. 750-756: Vesto, refurbished catering equipment.',
  },
  {
    slug: 'confection-textile',
    nameFr: 'Confection textile et maroquinerie',
    nameEn: 'Garment making and leather goods',
    note:
      'Study §2.5 "Zoom sur le secteur textile et artisanat" (l. 1169-1222): filature, "confection-fabrication", French ' +
      'confectionneurs (Fil Rouge); l. 3033: UNEA inclusive consortium on "confection textile"; l. 6512: Groupe Archer workshop.',
  },
  {
    slug: 'transformation-agroalimentaire',
    nameFr: 'Transformation agroalimentaire',
    nameEn: 'Food processing',
    note:
      'Study §2.6 "Zoom sur le secteur agro-alimentaire" (l. 1292-1343), STPA brand "So Goût"; l. 783: ACI Re-Belle ' +
      '"production agro-alimentaire"; Pays de la Loire §3.2 (l. 6217): Tête Haute, brasserie d\'insertion.',
  },
  {
    slug: 'conditionnement-faconnage-emballage',
    nameFr: 'Conditionnement, façonnage et emballage',
    nameEn: 'Packing, finishing and packaging',
    note:
      'Study l. 2040-2047: packaging cartons of the Travel Retail kits of a group\'s luxury division are subcontracted to an ESAT; ' +
      'l. 2365-2370: buyers entrust "fabrication, logistique ou contrôle qualité" to ESS firms. "Façonnage" is not named as such.',
  },
  {
    slug: 'logistique-industrielle',
    nameFr: 'Logistique industrielle',
    nameEn: 'Industrial logistics',
    note:
      'Study l. 783-784: Ateliers Sans Frontières specialised "dans la logistique"; l. 2820-2823: Log\'ins, EA specialised ' +
      'in logistics (with GXO); l. 988: Cèdre, 4 logistics platforms for sorting and storage.',
  },
  {
    slug: 'maintenance-industrielle',
    nameFr: 'Maintenance industrielle',
    nameEn: 'Industrial maintenance',
    note:
      'Study l. 3876-3878: Afpa "Manu\'Village" shared technical platforms incl. "maintenance industrielle (600 m²)"; ' +
      'l. 4818-4820: D.Multiple after-sales and maintenance missions; l. 2603-2604: "technicien de maintenance" shortages.',
  },
];
