/* French vocabulary of the generated suppliers and of the load's search terms. */

/** Trade words per sector group: used in names and descriptions (what buyers type). */
export const GROUP_WORDS: Record<string, string[]> = {
  'entretien-du-linge': ['Blanchisserie', 'Pressing', 'Retouches', 'Linge', 'Repassage'],
  'prestations-intellectuelles': ['Conseil', 'Formation', 'Traduction', 'Ressources Humaines'],
  'assistance-generale-et-administrative': ['Conciergerie', 'Archivage', 'Secrétariat', 'Mailing', 'Accueil'],
  'recyclage-economie-circulaire': ['Recyclage', 'Réemploi', 'Ressourcerie', 'Recyclerie', 'DEEE', 'Reconditionnement'],
  'capacites-industrielles': ['Usinage', 'Câblage', 'Chaudronnerie', 'Assemblage', 'Conditionnement', 'Soudure', 'Plasturgie'],
  'hygiene-et-proprete': ['Nettoyage', 'Propreté', 'Hygiène', 'Entretien'],
  restauration: ['Traiteur', 'Restauration', 'Boulangerie', 'Cantine', 'Plateaux Repas'],
  'medico-social': ['Accompagnement', 'Médico-social'],
  'espaces-verts-exterieurs': ['Espaces Verts', 'Paysage', 'Jardins', 'Élagage', 'Génie Écologique'],
  'batiments-et-travaux-publics': ['Menuiserie', 'Peinture', 'Plomberie', 'Bâtiment', 'Maçonnerie', 'Électricité', 'Second Œuvre'],
  'reparations-depannages': ['Réparation', 'Garage', 'Cycles', 'Maintenance', 'Dépannage'],
  'demenagements-livraisons-transports': ['Logistique', 'Transport', 'Déménagement', 'Livraison', 'Coursiers'],
  'services-a-la-personne': ['Services', 'Aide à Domicile', 'Bricolage', 'Jardinage'],
  'collecte-traitement-des-dechets': ['Collecte', 'Tri', 'Valorisation', 'Déchets', 'Compostage'],
  'prestations-informatiques': ['Informatique', 'Numérique', 'Numérisation', 'Web', 'Développement'],
  'securite-preventions': ['Médiation', 'Sécurité', 'Gardiennage', 'Prévention'],
  'agro-alimentaire': ['Maraîchage', 'Jardin de Cocagne', 'Ferme', 'Conserverie', 'Légumerie'],
  'communication-marketing': ['Imprimerie', 'Signalétique', 'Communication', 'Événementiel', 'Sérigraphie'],
  'sous-traitance-industrielle': ['Sous-traitance', 'Manutention', 'Métallurgie', 'Conditionnement', 'Logistique'],
  'ameublement-deco-textile-artisanat': ['Ébénisterie', 'Mobilier', 'Couture', 'Artisanat', 'Bois', 'Tapisserie'],
  'culture-divertissement-et-tourisme': ['Culture', 'Tourisme', 'Animation', 'Hôtellerie', 'Loisirs'],
};

export const NAME_PREFIXES = [
  'Atelier', 'Ateliers', 'Entreprise', 'Régie de Quartier', 'Coopérative', 'Association', 'Chantier', 'Pôle', 'Groupe',
  'Solidarité', 'Initiatives', 'Envol', 'Tremplin', 'Passerelle', 'Horizon', 'Les Compagnons', 'Maison',
];
export const NAME_SUFFIXES = ['Solidaire', 'Services', 'Insertion', 'Emploi', 'Avenir', 'Environnement', 'Plus', 'Active', 'Durable', 'Partage', ''];
export const NETWORKS = ['Emmaüs', 'Envie', 'Coorace', "Fédération des entreprises d'insertion", 'UNEA', 'Chantier École', 'Réseau Cocagne', 'ANDICAT', 'Les Scop', 'Mouvement Associatif'];
export const CERTIFICATIONS = ['ISO 9001', 'ISO 14001', 'ISO 45001', 'Qualiopi', 'MASE', 'Ecocert', 'QualiRépar', 'Label Lucie', 'Qualibat', 'RGE'];
export const SENTENCES = [
  'Nous intervenons auprès des entreprises et des collectivités.',
  "Nos salariés en parcours d'insertion sont encadrés par des professionnels du métier.",
  'Nous répondons aux marchés publics, seuls ou en groupement.',
  'Démarche qualité et sécurité suivie, références auprès de grands comptes.',
  'Interventions ponctuelles ou récurrentes, sur site ou dans nos ateliers.',
  "Structure engagée dans l'économie circulaire et le circuit court.",
  'Devis sous 48 heures, équipe mobile sur le département.',
  'Nous accompagnons les personnes éloignées de l’emploi vers un métier durable.',
];

/** Population of the most populated départements, in thousands (rounded, INSEE); the others weigh 250. */
export const DEPARTEMENT_POPULATION: Record<string, number> = {
  '59': 2600, '75': 2130, '13': 2040, '69': 1900, '93': 1660, '33': 1650, '92': 1630, '62': 1460, '44': 1460, '78': 1450,
  '77': 1440, '31': 1430, '94': 1410, '91': 1310, '38': 1280, '95': 1250, '76': 1250, '34': 1200, '67': 1150, '06': 1100,
  '35': 1100, '83': 1090, '57': 1050, '29': 920, '974': 870, '60': 830, '74': 830, '49': 820, '42': 770, '68': 770, '56': 760,
  '30': 750, '54': 730, '14': 700, '64': 690, '85': 690, '17': 660, '63': 660, '45': 680, '37': 610, '27': 600,
};

/** Large communes (INSEE code): a share of suppliers sits there, and the load searches around them. */
export const BIG_COMMUNES = [
  '75056', '13055', '69123', '31555', '06088', '44109', '34172', '67482', '33063', '59350', '35238', '51454', '83137',
  '42218', '76351', '38185', '21231', '49007', '30189', '63113', '59512', '62041', '80021', '45234', '57463',
];

/**
 * Search terms of the load (≥ 40), each with the sector group it belongs to (a filter on that group
 * is then sometimes added, as a buyer narrowing down would).
 */
export const TERMS: { term: string; group: string }[] = [
  { term: 'nettoyage', group: 'hygiene-et-proprete' },
  { term: 'nettoyage de locaux', group: 'hygiene-et-proprete' },
  { term: 'propreté', group: 'hygiene-et-proprete' },
  { term: 'recyclage', group: 'recyclage-economie-circulaire' },
  { term: 'DEEE', group: 'recyclage-economie-circulaire' },
  { term: 'recyclage DEEE', group: 'recyclage-economie-circulaire' },
  { term: 'réemploi', group: 'recyclage-economie-circulaire' },
  { term: 'ressourcerie', group: 'recyclage-economie-circulaire' },
  { term: 'espaces verts', group: 'espaces-verts-exterieurs' },
  { term: 'élagage', group: 'espaces-verts-exterieurs' },
  { term: 'paysage', group: 'espaces-verts-exterieurs' },
  { term: 'menuiserie', group: 'batiments-et-travaux-publics' },
  { term: 'peinture', group: 'batiments-et-travaux-publics' },
  { term: 'plomberie', group: 'batiments-et-travaux-publics' },
  { term: 'électricité', group: 'batiments-et-travaux-publics' },
  { term: 'restauration', group: 'restauration' },
  { term: 'traiteur', group: 'restauration' },
  { term: 'plateaux repas', group: 'restauration' },
  { term: 'blanchisserie', group: 'entretien-du-linge' },
  { term: 'pressing', group: 'entretien-du-linge' },
  { term: 'retouches', group: 'entretien-du-linge' },
  { term: 'usinage', group: 'capacites-industrielles' },
  { term: 'câblage', group: 'capacites-industrielles' },
  { term: 'chaudronnerie', group: 'capacites-industrielles' },
  { term: 'assemblage électronique', group: 'capacites-industrielles' },
  { term: 'soudure', group: 'capacites-industrielles' },
  { term: 'logistique', group: 'demenagements-livraisons-transports' },
  { term: 'déménagement', group: 'demenagements-livraisons-transports' },
  { term: 'livraison', group: 'demenagements-livraisons-transports' },
  { term: 'conciergerie', group: 'assistance-generale-et-administrative' },
  { term: 'archivage', group: 'assistance-generale-et-administrative' },
  { term: 'numérisation', group: 'prestations-informatiques' },
  { term: 'informatique', group: 'prestations-informatiques' },
  { term: 'collecte déchets', group: 'collecte-traitement-des-dechets' },
  { term: 'compostage', group: 'collecte-traitement-des-dechets' },
  { term: 'maraîchage', group: 'agro-alimentaire' },
  { term: 'imprimerie', group: 'communication-marketing' },
  { term: 'signalétique', group: 'communication-marketing' },
  { term: 'événementiel', group: 'communication-marketing' },
  { term: 'manutention', group: 'sous-traitance-industrielle' },
  { term: 'conditionnement', group: 'sous-traitance-industrielle' },
  { term: 'métallurgie', group: 'sous-traitance-industrielle' },
  { term: 'mobilier', group: 'ameublement-deco-textile-artisanat' },
  { term: 'couture', group: 'ameublement-deco-textile-artisanat' },
  { term: 'médiation', group: 'securite-preventions' },
  { term: 'réparation vélos', group: 'reparations-depannages' },
  { term: 'garage', group: 'reparations-depannages' },
  { term: 'formation', group: 'prestations-intellectuelles' },
  { term: 'traduction', group: 'prestations-intellectuelles' },
];
