import { describe, expect, it } from 'vitest';
import { createTimeline, DEFAULT_TIMELINE_CAPACITY } from '../../../lib/playground/snapshots.ts';

/** A timeline holding the epochs given, each snapshot the string `s<epoch>`. */
function timeline(capacity: number, epochs: number[]) {
  const t = createTimeline<string>(capacity);
  for (const e of epochs) t.push(e, `s${e}`);
  return t;
}
const epochsOf = (t: ReturnType<typeof timeline>) => {
  const out: number[] = [];
  for (let e = t.latest(); e; e = t.at(e.epoch - 1)) out.unshift(e.epoch);
  return out;
};

describe('createTimeline', () => {
  it('starts empty, with room for 500 snapshots unless told', () => {
    const t = createTimeline<string>();
    expect([t.size, t.capacity, DEFAULT_TIMELINE_CAPACITY]).toEqual([0, 500, 500]);
    expect([t.latest(), t.earliest(), t.at(10)]).toEqual([null, null, null]);
  });

  it('refuses a capacity that is not a whole number ≥ 1', () => {
    expect(() => createTimeline(0)).toThrow(/capacity must be a whole number ≥ 1, got 0/);
    expect(() => createTimeline(2.5)).toThrow(/got 2.5/);
  });

  it('finds the nearest snapshot at or before an epoch', () => {
    const t = timeline(10, [0, 5, 10, 20]);
    expect(t.at(7)).toEqual({ epoch: 5, snapshot: 's5' });
    expect(t.at(10)).toEqual({ epoch: 10, snapshot: 's10' });
    expect(t.at(1000)).toEqual({ epoch: 20, snapshot: 's20' });
    expect(t.at(-1)).toBeNull();
    expect([t.earliest()?.epoch, t.latest()?.epoch, t.size]).toEqual([0, 20, 4]);
  });

  it('keeps the latest `capacity` snapshots when more are pushed, in order', () => {
    const t = timeline(3, [1, 2, 3, 4, 5]);
    expect(t.size).toBe(3);
    expect(epochsOf(t)).toEqual([3, 4, 5]);
    expect(t.at(2)).toBeNull();
    expect(t.earliest()).toEqual({ epoch: 3, snapshot: 's3' });
  });

  it('wraps round its ring any number of times and still searches correctly', () => {
    const t = timeline(
      7,
      Array.from({ length: 100 }, (_, k) => 3 * k),
    );
    expect(epochsOf(t)).toEqual([279, 282, 285, 288, 291, 294, 297]);
    expect(t.at(290)?.epoch).toBe(288);
  });

  it('drops what came after an epoch on truncateAfter, then grows from there', () => {
    const t = timeline(4, [1, 2, 3, 4, 5, 6]);
    t.truncateAfter(4);
    expect(epochsOf(t)).toEqual([3, 4]);
    t.push(8, 'new');
    expect(epochsOf(t)).toEqual([3, 4, 8]);
    expect(t.latest()).toEqual({ epoch: 8, snapshot: 'new' });
    t.truncateAfter(0);
    expect(t.size).toBe(0);
  });

  it('treats a push at or before the latest epoch as a new branch that replaces the rest', () => {
    const t = timeline(10, [0, 10, 20, 30]);
    t.push(20, 'again');
    expect(epochsOf(t)).toEqual([0, 10, 20]);
    expect(t.at(25)?.snapshot).toBe('again');
    // epochsOf walks back from the latest, so it cannot see an entry left after it: count them.
    expect([t.size, t.at(35)?.epoch]).toEqual([3, 20]);
    t.push(5, 'early');
    expect([t.size, t.at(35), t.at(4)?.epoch]).toEqual([2, { epoch: 5, snapshot: 'early' }, 0]);
  });

  it('replaces the latest snapshot when one is pushed at the same epoch', () => {
    const t = timeline(10, [0, 10]);
    t.push(10, 'again');
    expect([t.size, t.latest(), t.at(9)?.epoch]).toEqual([2, { epoch: 10, snapshot: 'again' }, 0]);
  });

  it('works with room for a single snapshot, keeping the latest', () => {
    const t = timeline(1, [1, 2, 3]);
    expect([t.size, t.capacity, t.latest(), t.earliest()]).toEqual([
      1,
      1,
      { epoch: 3, snapshot: 's3' },
      { epoch: 3, snapshot: 's3' },
    ]);
  });

  it('empties on clear', () => {
    const t = timeline(3, [1, 2, 3, 4]);
    t.clear();
    expect([t.size, t.latest()]).toEqual([0, null]);
    t.push(9, 's9');
    expect(epochsOf(t)).toEqual([9]);
  });

  it('refuses an epoch that is not a finite number', () => {
    expect(() => timeline(3, [NaN])).toThrow(/epoch must be a finite number, got NaN/);
  });
});
