/**
 * Remembers the last `size` answers of an async function by key, oldest dropped first. A reader types,
 * deletes and retypes: `카`, `카프`, `카프카`, `카프카에` … reach the same Pagefind queries again and
 * again (particles are stripped before planning), and each one is worth asking once. A failed answer is
 * forgotten, so the next keystroke asks again instead of failing forever.
 */
export function memoizeAsync<T>(compute: (key: string) => Promise<T>, size: number): (key: string) => Promise<T> {
  const remembered = new Map<string, Promise<T>>();
  return (key) => {
    let answer = remembered.get(key);
    if (answer) {
      remembered.delete(key); // re-insert: most recently used last
    } else {
      answer = compute(key);
      answer.catch(() => {
        if (remembered.get(key) === answer) remembered.delete(key);
      });
    }
    remembered.set(key, answer);
    if (remembered.size > size) remembered.delete(remembered.keys().next().value!);
    return answer;
  };
}

/** `once(load)` calls `load` the first time and returns that same promise afterwards. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let answer: Promise<T> | undefined;
  return () => (answer ??= load());
}
