export type { Actor, ActorQuote, ActorRole, CoMention, SentenceRef } from './actor.js';
export { actorsJson } from './actorsJson.js';
export type { ActorJson } from './actorsJson.js';
export { buildActors } from './buildActors.js';
export { findActor, suggestActors } from './findActor.js';
export { findOrganisation, suggestOrganisations } from './findOrganisation.js';
export {
  buildOrganisations,
  organisationsJson,
  storyOrganisations,
  storyOrganisationSteps,
  storyOrganisationsYielding,
} from './organisations.js';
export type { Organisation, OrganisationCitation, OrganisationJson } from './organisations.js';
