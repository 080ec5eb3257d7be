import { describe, expect, it } from 'vitest';
import { bundledFiles, bundledHunts } from '../../scripts/hunts/bundled';
import { huntEntry, useHunts } from './hunts';
import { createPresenterStore, shownIn } from './presenter';
import { memoryKey, readMemo, storageMemory } from './presenter-memory';
import { stepParts } from './presenter-parts';
import { trackedStores, until } from '../test/support/presenter-stores';

const HUNTS = bundledHunts();
// The presenter finds its hunt in the hunts store, as in the app once the hunts have loaded.
useHunts.setState({
  status: 'ready',
  bundled: bundledFiles().map((f) => huntEntry(f.text, f.fileName, 'bundled')),
});

const hunt = HUNTS[0];
const step = hunt.steps.find((s) => s.kind === 'findings')!;
const other = hunt.steps[0];

/** One window's sessionStorage: it survives that window's reloads and is its own. */
function sessionOf() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}

const stores = trackedStores();

/** A window's store as it is after (re)loading over that window's sessionStorage. */
function load(session: ReturnType<typeof sessionOf>) {
  const store = createPresenterStore(undefined, storageMemory(session));
  stores.push(store);
  return store;
}

describe('presenter reveals across a reload', () => {
  it('a reloaded presenter shows the parts it showed, on every step, and keeps its clock', () => {
    const session = sessionOf();
    const before = load(session);
    before.getState().connect(hunt.id, other.id, 'presenter');
    before.getState().revealNext();
    before.getState().goTo(step.id);
    for (let i = 0; i < 4; i++) before.getState().revealNext();
    const startedAt = before.getState().state!.startedAt;
    before.getState().disconnect();

    const after = load(session);
    after.getState().connect(hunt.id, step.id, 'presenter');
    expect(shownIn(after.getState().state, hunt, step)).toBe(5);
    expect(shownIn(after.getState().state, hunt, other)).toBe(2);
    expect(after.getState().state?.startedAt).toBe(startedAt);
  });

  it('a speaker window follows a reloaded presenter, and remembers what it followed', async () => {
    const room = sessionOf();
    const trainer = sessionOf();
    const presenter = load(room);
    const speaker = load(trainer);
    presenter.getState().connect(hunt.id, step.id, 'presenter');
    speaker.getState().connect(hunt.id, step.id, 'speaker');
    await until(() => (speaker.getState().state?.rev ?? 0) > 0);
    presenter.getState().revealNext();
    presenter.getState().revealNext();
    await until(() => shownIn(speaker.getState().state, hunt, step) === 3);

    presenter.getState().disconnect();
    const reloaded = load(room);
    reloaded.getState().connect(hunt.id, step.id, 'presenter');
    reloaded.getState().revealNext();
    await until(() => shownIn(speaker.getState().state, hunt, step) === 4);

    // The speaker window reloads alone: it starts from what it last followed.
    speaker.getState().disconnect();
    reloaded.getState().disconnect();
    const speakerAgain = load(trainer);
    speakerAgain.getState().connect(hunt.id, step.id, 'speaker');
    expect(shownIn(speakerAgain.getState().state, hunt, step)).toBe(4);
  });

  it('what a speaker window remembers never outranks a presenter', async () => {
    const trainer = sessionOf();
    const speaker = load(trainer);
    trainer.setItem(memoryKey(hunt.id), JSON.stringify({ shown: { [step.id]: 6 }, startedAt: 1 }));
    speaker.getState().connect(hunt.id, step.id, 'speaker');
    expect(shownIn(speaker.getState().state, hunt, step)).toBe(6);
    const presenter = load(sessionOf());
    presenter.getState().connect(hunt.id, step.id, 'presenter');
    await until(() => shownIn(speaker.getState().state, hunt, step) === 1);
  });

  it('keeps each hunt apart and reads nothing it cannot trust', () => {
    const session = sessionOf();
    const store = load(session);
    store.getState().connect(hunt.id, step.id, 'presenter');
    store.getState().revealNext();
    expect([...session.items.keys()]).toEqual([memoryKey(hunt.id)]);
    expect(storageMemory(session).read('another-hunt')).toBeNull();

    expect(readMemo(null)).toBeNull();
    expect(readMemo('{not json')).toBeNull();
    expect(readMemo('[1,2]')).toBeNull();
    expect(readMemo('{"shown":{"a":1}}')).toBeNull();
    expect(readMemo('{"shown":{"a":1,"b":"x"},"startedAt":5}')).toEqual({
      shown: { a: 1 },
      startedAt: 5,
    });
    // A count beyond the step's parts is cut to them, not trusted.
    const total = stepParts(hunt, step).length;
    session.setItem(memoryKey(hunt.id), JSON.stringify({ shown: { [step.id]: 99 }, startedAt: 1 }));
    const again = load(session);
    again.getState().connect(hunt.id, step.id, 'presenter');
    expect(shownIn(again.getState().state, hunt, step)).toBe(total);
  });

  it('presents without storage when the browser refuses it', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const store = createPresenterStore(undefined, storageMemory(refusing));
    stores.push(store);
    store.getState().connect(hunt.id, step.id, 'presenter');
    store.getState().revealNext();
    expect(shownIn(store.getState().state, hunt, step)).toBe(2);
  });
});
