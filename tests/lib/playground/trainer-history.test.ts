import { describe, expect, it } from 'vitest';
import { createHistory, HISTORY_LIMIT } from '../../../lib/playground/trainer-history.ts';

const entry = (epoch: number) => ({ epoch, trainLoss: 1 / epoch, testLoss: 2 / epoch });

/** A history holding epochs 1 … HISTORY_LIMIT, full. */
function full() {
  const h = createHistory();
  for (let e = 1; e <= HISTORY_LIMIT; e++) h.push(entry(e));
  return h;
}

describe('createHistory', () => {
  it(`keeps ${HISTORY_LIMIT} entries, then thins to every 2nd epoch and drops an odd one`, () => {
    const h = full();
    expect([h.entries.length, h.stride]).toEqual([HISTORY_LIMIT, 1]);
    h.push(entry(HISTORY_LIMIT + 1));
    expect([h.entries.length, h.stride]).toEqual([HISTORY_LIMIT / 2, 2]);
    expect(h.entries.every((e) => e.epoch % 2 === 0)).toBe(true);
    expect(h.entries.at(-1)?.epoch).toBe(HISTORY_LIMIT);
  });

  it('keeps an even epoch pushed when the thinning happens', () => {
    const h = full();
    h.push(entry(HISTORY_LIMIT + 2));
    expect(h.entries.length).toBe(HISTORY_LIMIT / 2 + 1);
    expect(h.entries.at(-1)).toEqual(entry(HISTORY_LIMIT + 2));
  });

  it('rewinds to a coarser stride it is given, never to a finer one', () => {
    const h = createHistory();
    for (let e = 1; e <= 6; e++) h.push(entry(e));
    h.rewind(3, 4);
    expect([h.entries.map((e) => e.epoch), h.stride, h.wants(6), h.wants(8)]).toEqual([
      [1, 2, 3],
      4,
      false,
      true,
    ]);
    h.rewind(3, 1);
    expect(h.stride).toBe(4);
  });
});
