import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * One shared wink-nlp instance: loading the model is the slow part, so it happens once per process. Only the
 * annotations the engine reads: sentence boundaries, part-of-speech tags (and the lemmas made from them) and
 * entities; negation, sentiment and custom entities would cost a third of every reading for nothing.
 */
export const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
export const its = nlp.its;
export const as = nlp.as;
