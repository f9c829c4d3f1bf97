/**
 * The worker thread of the people stage (`PeopleAside`): started while the names stage runs, it waits for the story's
 * parts (`PeopleInput`) on the port it was given, builds the people catalogue from them (`buildActors`) and posts it
 * back, or the error that stopped it (`PeopleOutput`); then sets `signals[PEOPLE_POSTED]` so a main thread blocked in
 * `Atomics.wait` wakes. While it reads it counts `signals[PEOPLE_BEAT]` up, a sign of life.
 */
import { workerData } from 'node:worker_threads';
import { buildActors } from '../actors/buildActors.js';
import { PEOPLE_BEAT, PEOPLE_POSTED, type PeopleInput, type PeopleOutput, type PeopleWorkerData, unpackPeople } from './peopleTransfer.js';

/** Sentences read between two beats. */
const READS_A_BEAT = 64;

const { port, signals } = workerData as PeopleWorkerData;
Atomics.add(signals, PEOPLE_BEAT, 1);
port.once('message', (input: PeopleInput) => {
  let reads = 0;
  const beat = () => {
    reads += 1;
    if (reads % READS_A_BEAT === 0) Atomics.add(signals, PEOPLE_BEAT, 1);
  };
  Atomics.add(signals, PEOPLE_BEAT, 1);
  try {
    const output: PeopleOutput = { actors: buildActors(unpackPeople(input, beat), input.nameRuns) };
    port.postMessage(output);
  } catch (error) {
    const output: PeopleOutput = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    port.postMessage(output);
  }
  Atomics.store(signals, PEOPLE_POSTED, 1);
  Atomics.notify(signals, PEOPLE_POSTED);
  port.close();
});
