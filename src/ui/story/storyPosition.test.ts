import { describe, expect, it } from 'vitest';
import { kerryTalksGraph } from '../../graph/fixtures/kerryTalks.ts';
import { storySentences } from '../../graph/story.ts';
import { storyAnnouncement, storyLabel, storySpotlights } from './storyPosition.ts';

describe('story position', () => {
  const graph = kerryTalksGraph();
  const story = storySentences(graph);

  it('spotlights the current sentence, and nothing for the whole article', () => {
    const [spotlight] = storySpotlights(story, 1);
    expect(spotlight?.kind).toBe('story');
    expect(graph.documents[0]!.text.slice(spotlight!.start, spotlight!.end)).toBe(
      'Kerry had previously warned Russia over its military build-up on behalf of Assad.',
    );
    expect(storySpotlights(story, null)).toEqual([]);
    // A step past the story (an old link) is its last sentence, as the graph shows it.
    expect(storySpotlights(story, 40)).toEqual(storySpotlights(story, 6));
  });

  it('labels the slider with the sentence counted from 1', () => {
    expect(storyLabel(story, 2)).toBe('Story: sentence 3 of 7');
    expect(storyLabel(story, null)).toBe('Story: whole article, 7 sentences');
  });

  it('announces only the actors a sentence brings in', () => {
    expect(storyAnnouncement(graph, story, 0)).toBe('Sentence 1 of 7. New: Abdullah bin Zayed, Kerry.');
    expect(storyAnnouncement(graph, story, 1)).toBe('Sentence 2 of 7. New: Russia, Assad.');
    // Kerry meets Russia again: no one new.
    expect(storyAnnouncement(graph, story, 5)).toBe('Sentence 6 of 7.');
    expect(storyAnnouncement(graph, story, null)).toBe('Whole article: 11 actors.');
  });
});
