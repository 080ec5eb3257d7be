// The app's build plus the search benchmark page (scripts/bench/search.html), used only by
// `npm run bench`, so the production build carries no bench hooks.
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import app from '../../vite.config';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default mergeConfig(app, {
  root,
  build: {
    rollupOptions: {
      input: {
        main: `${root}index.html`,
        search: `${root}scripts/bench/search.html`,
      },
    },
  },
});
