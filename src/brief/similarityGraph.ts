/**
 * A sparse graph of sentence similarity for ranking (LexRank) and for finding the sentences that report the
 * same fact. Near-linear: two sentences are compared only when they share a term that few sentences hold.
 */
import { termsOf } from '../search/terms.js';

/** A sentence's weighted terms. */
export interface SentenceVector {
  /** Distinct terms. */
  terms: Set<string>;
  /** tf·idf weights by term, and their Euclidean norm. */
  weights: Map<string, number>;
  norm: number;
}

/** An edge of the graph. */
export interface Neighbour {
  id: number;
  /** Cosine of the tf·idf vectors. */
  cosine: number;
  /** Shared distinct terms over the smaller sentence's (the corroboration measure of `answer/corroborate`). */
  overlap: number;
}

/** Options of {@link similarityGraph}. */
export interface GraphOptions {
  /**
   * A term held by more sentences than this proposes no pairs (it still counts in the cosine of a pair found
   * through another term). Bounds the work to about `postings × maxDocumentFrequency`.
   */
  maxDocumentFrequency?: number;
  /** Edges below this cosine are dropped (LexRank's threshold). */
  minCosine?: number;
  /** Each sentence keeps at most this many strongest edges. */
  maxNeighbours?: number;
}

/** Default: terms in at most 60 sentences propose pairs. */
export const MAX_DOCUMENT_FREQUENCY = 60;
/** Default LexRank edge threshold. */
export const MIN_COSINE = 0.1;
/** Default strongest edges kept per sentence. */
export const MAX_NEIGHBOURS = 30;

/** The tf·idf vectors of texts, idf from the texts themselves (`log(N / df)`). */
export function sentenceVectors(texts: readonly string[]): SentenceVector[] {
  const termLists = texts.map((t) => termsOf(t));
  const df = new Map<string, number>();
  for (const list of termLists) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(1, texts.length);
  return termLists.map((list) => {
    const tf = new Map<string, number>();
    for (const t of list) tf.set(t, (tf.get(t) ?? 0) + 1);
    const weights = new Map<string, number>();
    let sq = 0;
    for (const [t, f] of tf) {
      const w = f * Math.log(1 + n / (df.get(t) ?? 1));
      weights.set(t, w);
      sq += w * w;
    }
    return { terms: new Set(tf.keys()), weights, norm: Math.sqrt(sq) };
  });
}

/**
 * The similarity graph over sentence vectors: for each sentence its neighbours (cosine ≥ `minCosine`), strongest
 * first, at most `maxNeighbours`. Dot products are accumulated through the postings of the terms held by at most
 * `maxDocumentFrequency` sentences, so a pair is found and scored only through its rare terms: a term in more
 * sentences than that (low idf: "said", "year") is left out of the pair's cosine and overlap, though not out of
 * the norms. Symmetric before the cap. Deterministic: ties broken by sentence id.
 */
export function similarityGraph(vectors: readonly SentenceVector[], options: GraphOptions = {}): Neighbour[][] {
  const maxDf = options.maxDocumentFrequency ?? MAX_DOCUMENT_FREQUENCY;
  const minCosine = options.minCosine ?? MIN_COSINE;
  const maxNeighbours = options.maxNeighbours ?? MAX_NEIGHBOURS;
  const n = vectors.length;

  const postings = new Map<string, { ids: number[]; weights: number[] }>();
  vectors.forEach((v, i) => {
    for (const [t, w] of v.weights) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = { ids: [], weights: [] }));
      list.ids.push(i);
      list.weights.push(w);
    }
  });

  const edges: Neighbour[][] = vectors.map(() => []);
  const dot = new Float64Array(n);
  const shared = new Int32Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const vi = vectors[i]!;
    for (const [t, wi] of vi.weights) {
      const list = postings.get(t)!;
      if (list.ids.length > maxDf) continue;
      // Postings are in sentence order: only the pairs (i, j > i) are accumulated here.
      for (let k = list.ids.length - 1; k >= 0; k -= 1) {
        const j = list.ids[k]!;
        if (j <= i) break;
        if (shared[j] === 0) touched.push(j);
        shared[j] = shared[j]! + 1;
        dot[j] = dot[j]! + wi * list.weights[k]!;
      }
    }
    for (const j of touched) {
      const vj = vectors[j]!;
      const cosine = vi.norm > 0 && vj.norm > 0 ? dot[j]! / (vi.norm * vj.norm) : 0;
      if (cosine >= minCosine) {
        const overlap = shared[j]! / Math.max(1, Math.min(vi.terms.size, vj.terms.size));
        edges[i]!.push({ id: j, cosine, overlap });
        edges[j]!.push({ id: i, cosine, overlap });
      }
      dot[j] = 0;
      shared[j] = 0;
    }
    touched.length = 0;
  }
  return edges.map((list) => list.sort((a, b) => b.cosine - a.cosine || a.id - b.id).slice(0, maxNeighbours));
}

/**
 * LexRank (continuous): PageRank over the cosine-weighted graph, damping `d`, power iteration until the scores
 * move less than `tolerance` (at most `maxIterations`). Scores sum to 1; an isolated sentence keeps the
 * teleport share.
 */
export function lexRank(graph: readonly Neighbour[][], d = 0.85, tolerance = 1e-6, maxIterations = 100): number[] {
  const n = graph.length;
  if (n === 0) return [];
  // The graph as flat arrays (compressed rows), each edge's weight already divided by its row's total.
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i += 1) rowStart[i + 1] = rowStart[i]! + graph[i]!.length;
  const target = new Int32Array(rowStart[n]!);
  const weight = new Float64Array(rowStart[n]!);
  const dangling: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const edges = graph[i]!;
    const total = edges.reduce((sum, e) => sum + e.cosine, 0);
    if (total === 0) dangling.push(i);
    edges.forEach((e, k) => {
      target[rowStart[i]! + k] = e.id;
      weight[rowStart[i]! + k] = total === 0 ? 0 : e.cosine / total;
    });
  }
  let scores = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iter = 0; iter < maxIterations; iter += 1) {
    let lost = 0;
    for (const i of dangling) lost += scores[i]!;
    next.fill((1 - d) / n + (d * lost) / n);
    for (let i = 0; i < n; i += 1) {
      const share = d * scores[i]!;
      for (let k = rowStart[i]!; k < rowStart[i + 1]!; k += 1) next[target[k]!]! += share * weight[k]!;
    }
    let delta = 0;
    for (let i = 0; i < n; i += 1) delta += Math.abs(next[i]! - scores[i]!);
    [scores, next] = [next, scores];
    if (delta < tolerance) break;
  }
  return Array.from(scores);
}
