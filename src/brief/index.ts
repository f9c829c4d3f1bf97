export {
  buildBrief,
  rankedBrief,
  sentenceImportance,
  pickLines,
  BRIEF_WEIGHTS,
  BRIEF_NOVELTY,
  REDUNDANT_OVERLAP,
  REDUNDANT_COSINE,
  MIN_BRIEF_LINES,
  MAX_BRIEF_LINES,
  DEFAULT_BRIEF_LINES,
} from './buildBrief.js';
export type { BriefLine, BriefAlsoIn, BriefOptions, SentenceImportance } from './buildBrief.js';
export { whatsNew, MIN_NEW_FACTS, MAX_NEW_FACTS } from './whatsNew.js';
export type { WhatsNew, WhatsNewOptions } from './whatsNew.js';
export { lexRank, sentenceVectors, similarityGraph, MAX_DOCUMENT_FREQUENCY, MIN_COSINE, MAX_NEIGHBOURS } from './similarityGraph.js';
export type { Neighbour, SentenceVector, GraphOptions } from './similarityGraph.js';
