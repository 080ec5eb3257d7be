import { createContext, useContext } from 'react';
import type { HuntSearch } from '../../hunts/types';

/** What a pin needs to know about the result it quotes: the hunt's search and how it ran. */
export interface PinTarget {
  search?: HuntSearch;
  query: string;
  earliest?: number;
  latest?: number;
  tz: string;
}

export const PinTargetContext = createContext<PinTarget | null>(null);

export const usePinTarget = () => useContext(PinTargetContext);
