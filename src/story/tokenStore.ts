import type { Token } from '../nlp/entities.js';
import { ByteWriter } from './byteStreams.js';
import { StringTable } from './columns.js';
import { MadeOnRead } from './madeOnRead.js';
import { keepsMadeValues, RECENT_SENTENCES } from './recentRows.js';
import type { PackedTokens } from './readTransfer.js';
import { TokenColumns, tokenFits, writePackedTokens, writeSentenceTokens } from './tokenColumns.js';

/**
 * The build's sentences' tokens, held as the snapshot holds them (`tokenColumns.ts`: about five bytes a
 * token, outside the JavaScript heap) rather than as objects (about a hundred bytes a token on the heap:
 * the object, its slot in the list, its text). At a million sentences the token objects were most of the
 * build's heap, and the garbage collector's work near the heap's limit was most of the later stages' time.
 *
 * Each sentence given to the store (`give`) gets a `tokens` property that makes its tokens from the columns
 * when read. While the story is being built a read does not keep them (the later stages read each sentence
 * a few times; a small cache keeps the latest); once the build is over (`keep`) the first read keeps them
 * as a plain value, as a story loaded from its snapshot does. `withoutKeeping` reads without keeping even
 * then (the snapshot's writer reads every sentence's tokens once).
 */
export class TokenStore {
  readonly #data = new ByteWriter(1 << 16);
  readonly #tags = new Map<string, number>();
  readonly #strings = new StringTable();
  #tokenCounts = new Uint32Array(1024);
  #offsets = new Float64Array(1025);
  #count = 0;
  #columns: TokenColumns | undefined;
  readonly #stringId = (s: string): number => this.#strings.id(s);
  /** The batch of packed tokens last given (`givePacked`), and its strings' tag and string numbers (-1: not yet asked). */
  #packedStrings: readonly string[] | undefined;
  #packedTagIds = new Int32Array(0);
  #packedStringIds = new Int32Array(0);
  readonly #tokens = new MadeOnRead<Token[]>('tokens', ({ id, text }) => this.#columnsNow().tokensOf(id, text));

  /**
   * Takes sentence `sentence.id`'s tokens (sentences come in order of their ids: 0, 1, 2 …, as the build
   * numbers them) and gives the sentence its `tokens` property. Tokens with fields the columns do not hold
   * stay on the sentence as they are.
   */
  give(sentence: { id: number; text: string }, tokens: Token[]): void {
    if (sentence.id !== this.#count) throw new Error(`tokenStore: sentence ${sentence.id} given as number ${this.#count}`);
    const fits = tokenFits(tokens);
    if (this.#count === this.#tokenCounts.length) this.#grow();
    const before = this.#data.length;
    if (fits) writeSentenceTokens(tokens, sentence.text, this.#data, this.#tags, this.#stringId);
    this.#tokenCounts[this.#count] = fits ? tokens.length : 0;
    this.#offsets[this.#count + 1] = this.#offsets[this.#count]! + (this.#data.length - before);
    this.#count += 1;
    this.#columns = undefined;
    if (fits) this.#tokens.attach(sentence);
    else this.#tokens.plain(sentence, tokens);
  }

  /** As `give`, for tokens the worker packed (`readTransfer.ts`): the same bytes, no token object made. */
  givePacked(sentence: { id: number; text: string }, packed: PackedTokens): void {
    if (sentence.id !== this.#count) throw new Error(`tokenStore: sentence ${sentence.id} given as number ${this.#count}`);
    if (packed.strings !== this.#packedStrings) {
      this.#packedStrings = packed.strings;
      this.#packedTagIds = new Int32Array(packed.strings.length).fill(-1);
      this.#packedStringIds = new Int32Array(packed.strings.length).fill(-1);
    }
    if (this.#count === this.#tokenCounts.length) this.#grow();
    const before = this.#data.length;
    writePackedTokens(packed, this.#data, this.#tags, this.#stringId, this.#packedTagIds, this.#packedStringIds);
    this.#tokenCounts[this.#count] = packed.count;
    this.#offsets[this.#count + 1] = this.#offsets[this.#count]! + (this.#data.length - before);
    this.#count += 1;
    this.#columns = undefined;
    this.#tokens.attach(sentence);
  }

  /**
   * The build is over, the story of `sentences` sentences served: from now on a sentence's tokens are kept once read, or,
   * in a story too large to keep them all (keepsMadeValues), the latest RECENT_SENTENCES sentences' are held.
   */
  keep(sentences: number): void {
    if (keepsMadeValues(sentences)) this.#tokens.keep();
    else this.#tokens.holdRecent(RECENT_SENTENCES);
  }

  #grow(): void {
    const counts = new Uint32Array(this.#tokenCounts.length * 2);
    counts.set(this.#tokenCounts);
    this.#tokenCounts = counts;
    const offsets = new Float64Array(counts.length + 1);
    offsets.set(this.#offsets);
    this.#offsets = offsets;
  }

  /** The columns over what has been given so far (made again after each `give`, without copying). */
  #columnsNow(): TokenColumns {
    if (!this.#columns) {
      const tags = [...this.#tags.keys()];
      this.#columns = TokenColumns.of(this.#count, tags, this.#tokenCounts, this.#offsets, this.#data.view(), this.#strings.list);
    }
    return this.#columns;
  }
}
