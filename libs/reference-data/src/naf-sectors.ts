// A first NAF rév. 2 → sector mapping (procurement-rules MAP-01): only the classes common among
// inclusion structures, each mapped to the Le Marché sector it most plainly describes. Used to give
// imported structures a starting activity; suppliers then correct their own activities.

const NAF_CLASS_TO_SECTORS: Readonly<Record<string, readonly string[]>> = {
  '01.13': ['maraichage-legumerie-conserverie'],
  '01.30': ['horticulture'],
  '10.71': ['boulangerie-patisserie-confiseries'],
  '10.39': ['maraichage-legumerie-conserverie'],
  '14.13': ['confection-a-facon'],
  '16.23': ['menuiserie'],
  '25.11': ['metallerie-chaudronnerie-soudure'],
  '25.62': ['usinage-mecanique-de-precision'],
  '33.12': ['maintenance-industrielle'],
  '38.11': ['collecte-5-flux-papier-metal-verre-et-bois-et-fournitures-dentreprise'],
  '38.12': ['collecte-et-traitement-des-dechets-dangereux'],
  '38.21': ['collecte-et-traitement-des-bio-dechets'],
  '38.31': ['recyclage-dequipements-electriques-et-electroniques-deee', 'reconditionnement-deee'],
  '38.32': ['recyclage-5-flux-et-fournitures-dentreprise', 'autre-recyclage'],
  '43.21': ['electricite'],
  '43.22': ['plomberie'],
  '43.31': ['peinture-revetement-des-murs'],
  '43.32': ['menuiserie'],
  '43.33': ['carrelage-revetement-des-sols'],
  '43.34': ['peinture-revetement-des-murs'],
  '43.39': ['tous-travaux-et-petits-bricolages'],
  '43.99': ['travaux-de-chantiers'],
  '45.20': ['garage-mecanique-automobile'],
  '47.79': ['autre-recyclage'],
  '49.41': ['transport-de-marchandises'],
  '49.39': ['transports-de-personnes'],
  '52.10': ['logistique-conditionnement'],
  '52.29': ['logistique-conditionnement'],
  '53.20': ['coursiers-livraison-de-plis-colis'],
  '55.10': ['hotellerie'],
  '56.10': ['restaurants-cantines'],
  '56.21': ['traiteur'],
  '56.29': ['restauration-collective'],
  '62.02': ['gestion-du-parc-informatique-maintenance-installation'],
  '81.21': ['nettoyage-de-locaux'],
  '81.22': ['nettoyage-industriel'],
  '81.29': ['nettoyage-urbain'],
  '81.30': ['creation-et-entretien-des-espaces-verts'],
  '82.19': ['mailing-archivage-secretariat'],
  '82.92': ['logistique-conditionnement'],
  '95.11': ['gestion-du-parc-informatique-maintenance-installation'],
  '95.22': ['entretien-machines-materiels'],
  '95.29': ['reparation-de-velos'],
  '96.01': ['blanchisserie'],
  '96.09': ['autre-service-a-la-personne'],
};

/** Sector slugs a NAF code (88.99B, 8899B, 88.99) plainly describes; [] when unknown or generic. */
export function sectorsOfNaf(naf: string | null | undefined): readonly string[] {
  if (!naf) return [];
  const compact = naf.replace('.', '').toUpperCase();
  const cls = compact.length >= 4 ? `${compact.slice(0, 2)}.${compact.slice(2, 4)}` : '';
  return NAF_CLASS_TO_SECTORS[cls] ?? [];
}
