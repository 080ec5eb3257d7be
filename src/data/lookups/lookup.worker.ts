/// <reference lib="webworker" />
import { getDb } from '../db/db';
import { importLookupFile } from './lookup-store';
import type { FromLookupWorker } from './lookup-client';
import { messageOf } from '../../engine';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// Reading, parsing and storing a lookup file of up to 50 MB takes seconds: here, not on the page.
scope.onmessage = async (event: MessageEvent<File>) => {
  let reply: FromLookupWorker;
  try {
    reply = { type: 'done', result: await importLookupFile(getDb(), event.data) };
  } catch (err) {
    reply = { type: 'failed', message: messageOf(err) };
  }
  scope.postMessage(reply);
};
