import { create } from 'zustand';

/** Screens reachable from the header. More are added as the workbook grows. */
export type ScreenId = 'data';

interface NavigationState {
  screen: ScreenId;
  show: (screen: ScreenId) => void;
}

export const useNavigation = create<NavigationState>()((set) => ({
  screen: 'data',
  show: (screen) => set({ screen }),
}));
