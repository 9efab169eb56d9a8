import { describe, expect, it } from 'vitest';
import type { IdleScheduler } from './actorList.ts';
import { gatedIdle } from './gatedIdle.ts';

/** Idle moments stepped by hand: `idle()` runs every task waiting for one. */
function handIdle(): { scheduler: IdleScheduler; idle: () => void; waiting: () => number } {
  let queue: Array<() => void> = [];
  return {
    scheduler(task) {
      queue.push(task);
      return () => (queue = queue.filter((queued) => queued !== task));
    },
    idle() {
      const due = queue;
      queue = [];
      due.forEach((task) => task());
    },
    waiting: () => queue.length,
  };
}

describe('gatedIdle', () => {
  it('runs a task at the next idle moment while the gate is open', () => {
    const hand = handIdle();
    const gate = gatedIdle(() => true, hand.scheduler);
    const ran: string[] = [];
    gate.schedule(() => ran.push('slice'));
    expect(ran).toEqual([]);
    hand.idle();
    expect(ran).toEqual(['slice']);
  });

  it('parks a task whose idle moment comes while the gate is shut, and runs it at an idle moment after it opens', () => {
    const hand = handIdle();
    let layoutMoving = true;
    const gate = gatedIdle(() => !layoutMoving, hand.scheduler);
    const ran: string[] = [];
    gate.schedule(() => ran.push('slice'));
    hand.idle();
    hand.idle();
    expect(ran).toEqual([]);
    expect(hand.waiting()).toBe(0);
    layoutMoving = false;
    gate.open();
    expect(ran).toEqual([]);
    hand.idle();
    expect(ran).toEqual(['slice']);
  });

  it('cancels a task waiting for idle time or parked, and drops parked tasks on clear', () => {
    const hand = handIdle();
    let open = true;
    const gate = gatedIdle(() => open, hand.scheduler);
    const ran: string[] = [];
    gate.schedule(() => ran.push('cancelled while waiting'))();
    open = false;
    const cancelParked = gate.schedule(() => ran.push('cancelled while parked'));
    gate.schedule(() => ran.push('cleared'));
    hand.idle();
    cancelParked();
    gate.clear();
    open = true;
    gate.open();
    hand.idle();
    expect(ran).toEqual([]);
  });
});
