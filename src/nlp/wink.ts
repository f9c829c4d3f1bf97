import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One shared wink-nlp instance: loading the model is the slow part, so it happens once per process. */
export const nlp = winkNLP(model);
export const its = nlp.its;
export const as = nlp.as;
