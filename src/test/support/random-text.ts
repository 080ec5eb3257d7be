/**
 * Short random texts from a fixed seed, for differential tests that hold a fast implementation
 * to a regular expression over thousands of cases: the same seed gives the same cases every run.
 * Returns pick(alphabet, max): a text of up to max - 1 characters drawn from alphabet.
 */
export function textPicker(seed: number): (alphabet: string, max: number) => string {
  let state = seed;
  const random = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * n);
  };
  return (alphabet, max) => {
    let s = '';
    for (let i = random(max); i > 0; i--) s += alphabet[random(alphabet.length)];
    return s;
  };
}
