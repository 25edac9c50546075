import type { NameToken } from '../names/index.ts';

/**
 * A test on a token's text that remembers its answer by token id (a token's id names its text):
 * the matcher asks the same questions of the same listed tokens alignment after alignment (is it a
 * title, a patronymic?), and a typed-array read is far cheaper than a string lookup or a regular
 * expression. Tokens without an id (-1) are tested each time.
 */
export function rememberTokenTest(test: (text: string) => boolean): (token: NameToken) => boolean {
  // 0 unknown, 1 false, 2 true; grown as ids arrive (they stop at 2^21).
  let answers = new Uint8Array(1 << 16);
  return (token) => {
    const id = token.id;
    if (id < 0) return test(token.text);
    if (id >= answers.length) {
      let size = answers.length;
      while (size <= id) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(answers);
      answers = grown;
    }
    let known = answers[id]!;
    if (known === 0) {
      known = test(token.text) ? 2 : 1;
      answers[id] = known;
    }
    return known === 2;
  };
}
