import { describe, expect, it } from 'vitest';
import { createPartSchedule, MIN_CORES_FOR_A_SECOND_READER, MIN_PARTS_FOR_A_SECOND_READER, SECOND_READER_AHEAD, wantsSecondReader } from './partSchedule.ts';

const KB = 1024;

describe('createPartSchedule', () => {
  it('gives one worker every part in order when no second one joins', () => {
    const schedule = createPartSchedule<string>([64 * KB, 64 * KB, 10 * KB]);
    const order: number[] = [];
    for (let index = schedule.nextForFirst(); index !== null; index = schedule.nextForFirst()) {
      order.push(index);
      schedule.done(index, `graph ${index}`);
    }
    expect(order).toEqual([0, 1, 2]);
    expect(schedule.bytesDone()).toBe(138 * KB);
    expect(schedule.graphs()).toEqual(['graph 0', 'graph 1', 'graph 2']);
  });

  it('keeps the second worker one part ahead, handing out parts nobody holds', () => {
    const schedule = createPartSchedule<string>(Array(6).fill(64 * KB));
    expect(schedule.nextForFirst()).toBe(0);
    expect(schedule.handOutToSecond()).toEqual([1, 2]);
    expect(SECOND_READER_AHEAD).toBe(2);
    // Holding two, it is given no more until it reports one.
    expect(schedule.handOutToSecond()).toEqual([]);
    expect(schedule.nextForFirst()).toBe(3);
    schedule.done(1, 'graph 1');
    expect(schedule.handOutToSecond()).toEqual([4]);
  });

  it('puts the graphs in part order whoever read them, and counts each part’s bytes once', () => {
    const schedule = createPartSchedule<string>([100, 200, 300, 400]);
    expect(schedule.nextForFirst()).toBe(0);
    expect(schedule.handOutToSecond()).toEqual([1, 2]);
    expect(schedule.done(2, 'graph 2')).toBe(true);
    expect(schedule.bytesDone()).toBe(300);
    expect(schedule.done(0, 'graph 0')).toBe(true);
    expect(schedule.nextForFirst()).toBe(3);
    expect(schedule.done(3, 'graph 3')).toBe(true);
    expect(() => schedule.graphs()).toThrow('1 parts are not read yet');
    expect(schedule.done(1, 'graph 1')).toBe(true);
    expect(schedule.bytesDone()).toBe(1000);
    expect(schedule.graphs()).toEqual(['graph 0', 'graph 1', 'graph 2', 'graph 3']);
  });

  it('lets the first worker read what the second holds once nothing else is left, the last handed first, and ignores the repeat', () => {
    const schedule = createPartSchedule<string>([100, 200, 300]);
    expect(schedule.nextForFirst()).toBe(0);
    expect(schedule.handOutToSecond()).toEqual([1, 2]);
    schedule.done(0, 'first read 0');
    expect(schedule.nextForFirst()).toBe(2);
    schedule.done(2, 'first read 2');
    expect(schedule.nextForFirst()).toBe(1);
    // The second worker reports part 1 while the first reads it: the first report counts.
    expect(schedule.done(1, 'second read 1')).toBe(true);
    expect(schedule.done(1, 'first read 1')).toBe(false);
    expect(schedule.done(2, 'second read 2')).toBe(false);
    expect(schedule.bytesDone()).toBe(600);
    expect(schedule.nextForFirst()).toBeNull();
    expect(schedule.graphs()).toEqual(['first read 0', 'second read 1', 'first read 2']);
  });

  it('hands a lost second worker nothing more; the first reads the parts it held', () => {
    const schedule = createPartSchedule<string>(Array(5).fill(100));
    expect(schedule.handOutToSecond()).toEqual([0, 1]);
    schedule.loseSecond();
    expect(schedule.handOutToSecond()).toEqual([]);
    const order: number[] = [];
    for (let index = schedule.nextForFirst(); index !== null; index = schedule.nextForFirst()) {
      order.push(index);
      schedule.done(index, `graph ${index}`);
    }
    expect(order).toEqual([2, 3, 4, 1, 0]);
    expect(schedule.graphs()).toEqual(['graph 0', 'graph 1', 'graph 2', 'graph 3', 'graph 4']);
  });

  it('ignores a report of a part that does not exist', () => {
    const schedule = createPartSchedule<string>([100]);
    expect(schedule.done(3, 'stray')).toBe(false);
    expect(schedule.done(-1, 'stray')).toBe(false);
    expect(schedule.bytesDone()).toBe(0);
  });
});

describe('wantsSecondReader', () => {
  it('starts a second worker for a text of about two megabytes and more, when the machine has a core to spare for the page', () => {
    expect(wantsSecondReader(MIN_PARTS_FOR_A_SECOND_READER, MIN_CORES_FOR_A_SECOND_READER)).toBe(true);
    expect(wantsSecondReader(MIN_PARTS_FOR_A_SECOND_READER - 1, 8)).toBe(false);
    expect(wantsSecondReader(160, 2)).toBe(false);
    expect(wantsSecondReader(160, 1)).toBe(false);
    expect(wantsSecondReader(160, undefined)).toBe(false);
  });
});
