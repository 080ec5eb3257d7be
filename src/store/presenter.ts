import { create } from 'zustand';
import type { Hunt, HuntStep } from '../hunts/types';
import { getHunt } from './hunts';
import { storageMemory, type PresenterMemory } from './presenter-memory';
import { clampShown, revealAnswer, revealNext } from './presenter-parts';
import {
  isNewer,
  openLink,
  type PresenterLink,
  type PresenterMessage,
  type PresenterState,
} from './presenter-sync';

export type { PresenterState } from './presenter-sync';

/** The presenter shows the room; the speaker window is the trainer's own. */
export type PresenterRole = 'presenter' | 'speaker';

export interface PresenterStore {
  state: PresenterState | null;
  /**
   * Joins a hunt's presentation at a step. The presenter starts it (its state wins over an
   * older one in a speaker window); a speaker window asks the presenter where it is. Either
   * starts from what it showed before a reload.
   */
  connect: (huntId: string, stepId: string, role: PresenterRole) => void;
  /** Goes to a step. Reveals are kept per step, so going back shows what the room has seen. */
  goTo: (stepId: string) => void;
  /** Shows the next hidden part of the current step. */
  revealNext: () => void;
  /** Shows the next hidden answer of the current step, with what comes before it. */
  revealAnswer: () => void;
  disconnect: () => void;
}

function windowId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : Math.random().toString(36).slice(2);
}

function huntOf(state: PresenterState | null): Hunt | undefined {
  return state ? getHunt(state.huntId) : undefined;
}

export function stepOf(state: PresenterState | null): HuntStep | undefined {
  return huntOf(state)?.steps.find((s) => s.id === state?.stepId);
}

/** How many parts of `hunt`'s `step` are on screen in `state`. */
export function shownIn(state: PresenterState | null, hunt: Hunt, step: HuntStep): number {
  return clampShown(hunt, step, state?.shown[step.id]);
}

type OpenLink = typeof openLink;

/** A store per window; tests make two and link them over a real channel. */
export function createPresenterStore(
  link: OpenLink = openLink,
  memory: PresenterMemory = storageMemory(),
) {
  const id = windowId();
  let channel: PresenterLink | null = null;
  const store = create<PresenterStore>()((set, get) => {
    // A change made here: a revision later than any seen, and at least the clock, so that a
    // presenter started afresh wins over what an old speaker window still holds.
    const commit = (change: (s: PresenterState) => Partial<PresenterState>) => {
      const current = get().state;
      if (!current) return;
      const next: PresenterState = {
        ...current,
        ...change(current),
        rev: Math.max(Date.now(), current.rev + 1),
        by: id,
      };
      set({ state: next });
      channel?.send({ type: 'state', state: next });
    };
    const receive = (message: PresenterMessage) => {
      const current = get().state;
      if (message.type === 'hello') {
        if (current && current.rev > 0) channel?.send({ type: 'state', state: current });
        return;
      }
      if (current && message.state.huntId !== current.huntId) return;
      if (isNewer(message.state, current)) set({ state: message.state });
    };
    const reveal = (how: (hunt: Hunt, step: HuntStep, shown: number) => number) =>
      commit((s) => {
        const hunt = huntOf(s);
        const step = stepOf(s);
        if (!hunt || !step) return {};
        return { shown: { ...s.shown, [step.id]: how(hunt, step, shownIn(s, hunt, step)) } };
      });
    return {
      state: null,
      connect: (huntId, stepId, role) => {
        const current = get().state;
        if (channel && current?.huntId === huntId) {
          if (role === 'presenter' && current.stepId !== stepId) get().goTo(stepId);
          return;
        }
        channel?.close();
        const kept = memory.read(huntId);
        const fresh: PresenterState = {
          huntId,
          stepId,
          shown: kept?.shown ?? {},
          startedAt: kept?.startedAt ?? Date.now(),
          // A speaker window's own guess is older than anything a presenter says.
          rev: role === 'presenter' ? Date.now() : 0,
          by: id,
        };
        set({ state: fresh });
        channel = link(huntId, receive);
        if (role === 'presenter') channel.send({ type: 'state', state: fresh });
        else channel.send({ type: 'hello', from: id });
      },
      goTo: (stepId) => {
        if (get().state?.stepId === stepId) return;
        commit(() => ({ stepId }));
      },
      revealNext: () => reveal(revealNext),
      revealAnswer: () => reveal(revealAnswer),
      disconnect: () => {
        channel?.close();
        channel = null;
        set({ state: null });
      },
    };
  });
  // Whatever this window shows, its own change or the other window's, is what a reload restores.
  store.subscribe(({ state }) => {
    if (state) memory.write(state.huntId, { shown: state.shown, startedAt: state.startedAt });
  });
  return store;
}

export const usePresenter = createPresenterStore();
