import type { Entity } from '../nlp/entities.js';
import { ByteReader, ByteWriter } from './byteStreams.js';
import { StringTable } from './columns.js';
import { MadeOnRead } from './madeOnRead.js';

/**
 * The build's sentences' entities, held as bytes outside the JavaScript heap (about ten bytes an entity)
 * rather than as objects (about a hundred: the object, its text, its slot in the list): at a million
 * sentences the entity objects were about two fifths of the build's live heap through the index, people
 * and timeline stages.
 *
 * An entity is written as its shape (its keys, in their order) and one tagged varint a key: a string of the
 * store's table, the sentence's text between the entity's `start` and `end`, a whole number, or a float.
 * The entity made on read has the keys in the order it was given them, so a story built through the store
 * writes the same snapshot. Like `TokenStore`: each sentence (`attach`) has an `entities` property that
 * makes its entities when read (none until `give` gives them); while the build runs a read does not keep them (a small cache keeps the
 * latest), once it is over (`keep`) the first read keeps them. A sentence whose entities hold a value of
 * another kind keeps them as they are.
 */
export class EntityStore {
  readonly #data = new ByteWriter(1 << 16);
  #offsets = new Float64Array(1025);
  #count = 0;
  readonly #strings = new StringTable();
  readonly #shapeIds = new Map<string, number>();
  readonly #shapes: Shape[] = [];
  /** Reads none until `give` gives them. */
  readonly #entities = new MadeOnRead<Entity[]>('entities', ({ id, text }) => (id < this.#count ? this.#make(id, text) : []));

  /**
   * Gives a sentence of the read stage its `entities` property, which reads an empty list until `give` gives
   * it its entities. Given where the property belongs among the sentence's keys: turning a plain property into
   * one with a getter would put the sentence's properties in a dictionary (several times the memory).
   */
  attach(sentence: object): void {
    this.#entities.attach(sentence);
  }

  /**
   * Takes sentence `sentence.id`'s entities (sentences come in order of their ids, as the build numbers them).
   * A list with a value the store does not write becomes the sentence's plain `entities` as it is.
   */
  give(sentence: { id: number; text: string }, entities: Entity[]): void {
    if (sentence.id !== this.#count) throw new Error(`entityStore: sentence ${sentence.id} given as number ${this.#count}`);
    if (this.#count + 1 === this.#offsets.length) this.#grow();
    const before = this.#data.length;
    const written = entities.every(fits);
    if (written) {
      this.#data.uint(entities.length);
      for (const e of entities) this.#write(e, sentence.text);
    }
    this.#offsets[this.#count + 1] = this.#offsets[this.#count]! + (this.#data.length - before);
    this.#count += 1;
    this.#entities.forget(sentence.id);
    if (!written) this.#entities.plain(sentence, entities);
    else if (!this.#entities.attached(sentence)) this.#entities.attach(sentence);
  }

  /** From now on a sentence's entities are kept once read (the build is over: the story is served). */
  keep(): void {
    this.#entities.keep();
  }

  #grow(): void {
    const offsets = new Float64Array((this.#offsets.length - 1) * 2 + 1);
    offsets.set(this.#offsets);
    this.#offsets = offsets;
  }

  #write(e: Entity, text: string): void {
    const keys = Object.keys(e);
    const shape = this.#shapeOf(keys);
    const w = this.#data;
    w.uint(shape);
    const record = e as unknown as Record<string, string | number>;
    for (const key of keys) {
      const value = record[key]!;
      if (typeof value === 'number') {
        if (Number.isSafeInteger(value) && value >= 0 && !Object.is(value, -0)) w.uint(value * TAGS + WHOLE);
        else {
          w.uint(FLOAT);
          w.float(value);
        }
      } else if (this.#shapes[shape]!.sliced && value === text.slice(e.start, e.end)) w.uint(SLICE);
      else w.uint(this.#strings.id(value) * TAGS + STRING);
    }
  }

  /**
   * The number of the shape with these keys, a new one if none has them. The shapes already known are compared key by key
   * first (a handful of them, and property names are compared by reference): no joined string made and looked up for
   * every entity written.
   */
  #shapeOf(keys: string[]): number {
    for (let shape = 0; shape < this.#shapes.length && shape < SHAPES_COMPARED; shape += 1)
      if (sameKeys(this.#shapes[shape]!.keys, keys)) return shape;
    const shapeKey = keys.join(',');
    let shape = this.#shapeIds.get(shapeKey);
    if (shape === undefined) {
      shape = this.#shapes.length;
      // Up to 31 keys: which of them were sliced is read back as the bits of one number.
      this.#shapes.push({ keys, sliced: keys.length <= 31 && keys.includes('start') && keys.includes('end') });
      this.#shapeIds.set(shapeKey, shape);
    }
    return shape;
  }

  #make(id: number, text: string): Entity[] {
    const r = new ByteReader(this.#data.view().subarray(this.#offsets[id]!, this.#offsets[id + 1]!));
    const out = new Array<Entity>(r.uint());
    for (let j = 0; j < out.length; j += 1) {
      const { keys } = this.#shapes[r.uint()]!;
      const e: Record<string, string | number> = {};
      let sliced = 0;
      for (let k = 0; k < keys.length; k += 1) {
        const key = keys[k]!;
        const v = r.uint();
        const tag = v % TAGS;
        if (tag === WHOLE) e[key] = (v - tag) / TAGS;
        else if (tag === STRING) e[key] = this.#strings.list[(v - tag) / TAGS]!;
        else if (tag === FLOAT) e[key] = r.float();
        else {
          e[key] = '';
          sliced |= 1 << k;
        }
      }
      if (sliced !== 0) {
        const part = text.slice(e['start'] as number, e['end'] as number);
        for (let k = 0; k < keys.length; k += 1) if ((sliced & (1 << k)) !== 0) e[keys[k]!] = part;
      }
      out[j] = e as unknown as Entity;
    }
    return out;
  }
}

/** An entity's keys in their order, and whether it has the offsets a text can be sliced by. */
interface Shape {
  keys: string[];
  sliced: boolean;
}

/** Shapes `#shapeOf` compares key by key before looking the keys up joined (4,000 SQuAD sentences' entities have six). */
const SHAPES_COMPARED = 16;

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k += 1) if (a[k] !== b[k]) return false;
  return true;
}

/** The low bits of each value's varint: what follows or what it holds. */
const TAGS = 4;
const STRING = 0;
const WHOLE = 1;
const SLICE = 2;
const FLOAT = 3;

/** Whether the store writes an entity: every value a string or a number, the offsets whole numbers. */
function fits(e: Entity): boolean {
  if (!Number.isSafeInteger(e.start) || !Number.isSafeInteger(e.end)) return false;
  for (const value of Object.values(e)) if (typeof value !== 'string' && typeof value !== 'number') return false;
  return true;
}
