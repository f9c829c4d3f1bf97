/** Head words of names: the last word of a name that says what kind of thing it names. General English. */

/** Head words that make a name an organisation ("Northern Grain Consortium", "Kestrel Corp", "Halden Partners"). */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  [
    'ministry', 'council', 'department', 'agency', 'consortium', 'club', 'company', 'corporation', 'corp', 'co',
    'inc', 'ltd', 'llc', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'group', 'party', 'committee', 'subcommittee', 'commission',
    'union', 'organization', 'organisation', 'organizations', 'organisations', 'association', 'bank', 'fund',
    'university', 'college', 'school', 'institute', 'news', 'post', 'times', 'journal', 'press', 'tribune', 'herald',
    'telegraph', 'guardian', 'independent', 'house', 'office', 'court', 'parliament', 'congress', 'senate', 'assembly',
    'army', 'navy', 'forces', 'police', 'service', 'services', 'network', 'foundation', 'society', 'church', 'airlines',
    'airways', 'bureau', 'authority', 'board', 'federation', 'alliance', 'coalition', 'league', 'team', 'channel',
    'television', 'radio', 'tv', 'media', 'magazine', 'administration', 'government', 'cabinet', 'academy', 'hospital',
    'museum', 'partners', 'securities', 'brothers', 'motors', 'industries', 'holdings', 'systems', 'technologies',
    'capital', 'investors', 'insurance', 'exchange', 'workers', 'reserve', 'treasury', 'communications', 'airline',
    'enterprises', 'associates', 'trust', 'laboratories', 'labs', 'pharmaceuticals', 'entertainment', 'studios',
  ],
);

/** Places that are named by their kind ("Marlow Beach", "Coral Sea", "Heron Bay"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set(
  [
    'beach', 'city', 'county', 'province', 'region', 'state', 'island', 'islands', 'sea', 'ocean', 'river', 'lake',
    'mountain', 'mountains', 'valley', 'bay', 'gulf', 'strait', 'peninsula', 'coast', 'desert', 'square', 'street',
    'avenue', 'airport', 'port', 'harbor', 'harbour', 'district', 'oblast', 'village', 'town', 'palace', 'base', 'park',
    'bridge', 'canal', 'border', 'hills', 'heights', 'falls', 'volcano', 'stadium', 'arena', 'road', 'highway',
  ],
);

/**
 * Head words of company names, whose first words alone still name the company ("Kestrel" for "Kestrel Corp",
 * "American Motors" for "American Motors Corp").
 */
export const COMPANY_HEADS: ReadonlySet<string> = new Set(
  [
    'corp', 'corporation', 'co', 'inc', 'ltd', 'llc', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'group', 'holdings',
    'industries', 'motors', 'brothers', 'partners', 'securities', 'airlines', 'airways', 'systems', 'technologies',
  ],
);
