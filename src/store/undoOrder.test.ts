import { describe, expect, it } from 'vitest';
import { followStack, nextStep, NO_STEPS, type StackSizes, type UndoOrder } from './undoOrder.ts';

const sizes = (past: number, future: number): StackSizes => ({ past, future });

describe('the order of undo steps across filters and edits', () => {
  it('records new steps of either kind in the order made', () => {
    let order = followStack(NO_STEPS, 'filter', sizes(0, 0), sizes(1, 0));
    order = followStack(order, 'edit', sizes(0, 0), sizes(1, 0));
    order = followStack(order, 'filter', sizes(1, 0), sizes(2, 0));
    expect(order).toEqual({ past: ['filter', 'edit', 'filter'], future: [] });
  });

  it('moves an undone step to the front of the redo list and back again on redo', () => {
    const made: UndoOrder = { past: ['edit', 'filter', 'edit'], future: [] };
    const undone = followStack(made, 'edit', sizes(2, 0), sizes(1, 1));
    expect(undone).toEqual({ past: ['edit', 'filter'], future: ['edit'] });
    const undoneTwice = followStack(undone, 'filter', sizes(1, 0), sizes(0, 1));
    expect(undoneTwice).toEqual({ past: ['edit'], future: ['filter', 'edit'] });
    const redone = followStack(undoneTwice, 'filter', sizes(0, 1), sizes(1, 0));
    expect(redone).toEqual({ past: ['edit', 'filter'], future: ['edit'] });
  });

  it('a new step clears only its own kind’s redo list, as its stack does', () => {
    const order: UndoOrder = { past: ['filter'], future: ['edit', 'filter', 'edit'] };
    expect(followStack(order, 'filter', sizes(1, 1), sizes(2, 0))).toEqual({ past: ['filter', 'filter'], future: ['edit', 'edit'] });
  });

  it('a reset or a restore rebuilds that kind’s steps as older than the other kind’s', () => {
    const order: UndoOrder = { past: ['edit', 'filter', 'edit'], future: ['filter'] };
    // A new workspace empties the edits.
    expect(followStack(order, 'edit', sizes(2, 0), sizes(0, 0))).toEqual({ past: ['filter'], future: ['filter'] });
    // A restored workspace brings three edits back.
    expect(followStack({ past: ['filter'], future: [] }, 'edit', sizes(0, 0), sizes(3, 0))).toEqual({
      past: ['edit', 'edit', 'edit', 'filter'],
      future: [],
    });
  });

  it('leaves the order as it is when the stack did not change (a word typed on into the search)', () => {
    const order: UndoOrder = { past: ['filter'], future: [] };
    expect(followStack(order, 'filter', sizes(1, 0), sizes(1, 0))).toBe(order);
  });

  it('undo takes the most recent kind that still has a step, and redo the next undone one', () => {
    const order: UndoOrder = { past: ['filter', 'edit'], future: ['filter', 'edit'] };
    const both = { filter: sizes(1, 1), edit: sizes(1, 1) };
    expect(nextStep(order, 'past', both)).toBe('edit');
    expect(nextStep(order, 'future', both)).toBe('filter');
    expect(nextStep(order, 'past', { filter: sizes(1, 1), edit: sizes(0, 1) })).toBe('filter');
    expect(nextStep(NO_STEPS, 'past', both)).toBeNull();
  });
});
