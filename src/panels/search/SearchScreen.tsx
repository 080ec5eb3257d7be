// Placeholder until the free search page is built.
export function SearchScreen() {
  return null;
}
