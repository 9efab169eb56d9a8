import { useId, useState, type ReactNode } from 'react';
import type { GraphDocument } from '../../extract/types.ts';
import type { StorySentence } from '../../graph/story.ts';
import { useAppStore } from '../../store/index.ts';
import { isLongStory, useStory } from './useStory.ts';
import { currentSentence, storyAnnouncement, storyIndex, storyLabel } from './storyPosition.ts';
import { usePlayback } from './usePlayback.ts';
import './story.css';

/**
 * The article told as a story: a slider over its sentences, Play/Pause, a sentence back or forward, and
 * "Whole article" to leave the story. The graph (and table) show what the article has said so far; the
 * article spotlights the current sentence, quoted here too for when the article is out of view.
 * Buttons at an end stay focusable (aria-disabled), so pressing "Next sentence" to the end keeps focus.
 */
export function StoryBar({ graph }: { graph: GraphDocument }) {
  const storyStep = useAppStore((s) => s.storyStep);
  const [asked, setAsked] = useState(false);
  // A long article's story is worked out when the user asks for it (or a link opens it), not as the graph arrives.
  const long = isLongStory(graph);
  const story = useStory(graph, !long || asked || storyStep !== null);
  if (story === null) return <StoryOffer working={asked} onAsk={() => setAsked(true)} />;
  return <StoryControls graph={graph} story={story} />;
}

/** In place of the story's controls on a long article: the button that asks for them, then a word while they come. */
function StoryOffer({ working, onAsk }: { working: boolean; onAsk: () => void }) {
  return (
    <section className="story-bar" aria-label="Story">
      <div className="story-row">
        <button type="button" className="story-whole" aria-disabled={working} onClick={working ? undefined : onAsk}>
          {working ? 'Working out the story…' : 'Tell the story sentence by sentence'}
        </button>
        <p className="story-sentence story-hint" role="status">
          {working ? 'Finding every sentence that names an actor in this long article.' : 'This article is long: its story is worked out when you ask.'}
        </p>
      </div>
    </section>
  );
}

function StoryControls({ graph, story }: { graph: GraphDocument; story: readonly StorySentence[] }) {
  const id = useId();
  const storedStep = useAppStore((s) => s.storyStep);
  const step = storyIndex(story, storedStep);
  const setStoryStep = useAppStore((s) => s.setStoryStep);
  const last = story.length - 1;
  const playback = usePlayback(step, last, setStoryStep);
  const sentence = currentSentence(story, step);
  const text = sentence ? (graph.documents.find((doc) => doc.id === sentence.doc)?.text ?? '') : '';
  if (story.length === 0) return null;

  const goTo = (next: number) => setStoryStep(Math.min(last, Math.max(0, next)));
  const atStart = step === 0;
  const atEnd = step === last;
  return (
    <section className="story-bar" aria-label="Story">
      <div className="story-row">
        <div className="story-buttons">
          <StoryButton label="Previous sentence" disabled={step === null || atStart} onPress={() => goTo((step ?? 0) - 1)}>
            <path d="M11 3 5 9l6 6" />
          </StoryButton>
          <StoryButton
            label={playback.playing ? 'Pause story' : 'Play story'}
            onPress={playback.playing ? playback.pause : playback.play}
          >
            {playback.playing ? <path d="M6 4v10M12 4v10" /> : <path d="M6 3.5v11l8.5-5.5z" />}
          </StoryButton>
          <StoryButton label="Next sentence" disabled={atEnd} onPress={() => goTo(step === null ? 0 : step + 1)}>
            <path d="m7 3 6 6-6 6" />
          </StoryButton>
        </div>
        <div className="story-slider">
          <label htmlFor={`${id}-slider`} className="story-label">
            {storyLabel(story, step)}
          </label>
          <input
            id={`${id}-slider`}
            type="range"
            min={1}
            max={story.length}
            step={1}
            value={(step ?? last) + 1}
            aria-valuetext={step === null ? 'Whole article' : `Sentence ${step + 1} of ${story.length}`}
            onChange={(event) => goTo(event.target.valueAsNumber - 1)}
          />
        </div>
        <button
          type="button"
          className="story-whole"
          aria-disabled={step === null}
          onClick={() => {
            playback.pause();
            setStoryStep(null);
          }}
        >
          Whole article
        </button>
      </div>
      {/* Always a line here, so entering the story does not shrink the drawing. */}
      {sentence ? (
        <p className="story-sentence" title={text.slice(sentence.start, sentence.end)}>
          {text.slice(sentence.start, sentence.end)}
        </p>
      ) : (
        <p className="story-sentence story-hint">Play the story to see the graph grow sentence by sentence.</p>
      )}
      <p className="visually-hidden" role="status">
        {storyAnnouncement(graph, story, step)}
      </p>
    </section>
  );
}

interface StoryButtonProps {
  label: string;
  disabled?: boolean;
  onPress: () => void;
  children: ReactNode;
}

/** An icon button named by its label; when disabled it stays focusable and does nothing. */
function StoryButton({ label, disabled = false, onPress, children }: StoryButtonProps) {
  return (
    <button
      type="button"
      className="story-button"
      aria-label={label}
      title={label}
      aria-disabled={disabled}
      onClick={() => {
        if (!disabled) onPress();
      }}
    >
      <svg viewBox="0 0 18 18" width="18" height="18" aria-hidden="true">
        {children}
      </svg>
    </button>
  );
}
