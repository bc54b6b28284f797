/** Words that state a change: multiplying words and verbs. */

/** Words that are a multiplier when they compare (`twice as much`) or act as the verb (`to double`). */
export const BARE_MULTIPLIERS: Record<string, number> = { twice: 2, thrice: 3, double: 2, triple: 3, quadruple: 4 };

/** Verbs that state a multiplier: `doubled`, `tripling`. */
export const MULTIPLYING_VERBS: Record<string, number> = {
  doubled: 2,
  doubling: 2,
  doubles: 2,
  tripled: 3,
  tripling: 3,
  triples: 3,
  quadrupled: 4,
  quadrupling: 4,
  quadruples: 4,
};

/** Words that say a figure went up (`rose`, `up`, `higher`): a change's direction. */
export const RISE =
  /^(increase[sd]?|increasing|rise|rises|rose|risen|rising|grow|grew|grown|growing|jump(ed|s)?|climb(ed|s)?|raise[sd]?|raising|boost(ed|s)?|up|more|higher|hike[sd]?|surge[sd]?|gain(ed|s)?)$/;
/** Words that say a figure went down (`fell`, `cut`, `lower`). */
export const FALL =
  /^(cut|cuts|decrease[sd]?|decreasing|fall|falls|fell|fallen|drop(ped|s)?|decline[sd]?|declining|reduce[sd]?|reducing|lower(ed)?|down|less|shr[iau]nk|slash(ed)?|plunge[sd]?)$/;
