/**
 * Renders every story of every stories/**\/*.stories.ts file, runs its play function, in light
 * and dark, and checks it with axe. New stories are covered without editing this file.
 * Each story is also rendered as its Docs page shows it (no authenticator, no play function):
 * it must reach the same state there (the same step, for <passkey-register>).
 */
import { expect } from '@open-wc/testing';
import { needs, removeAuthenticators } from './support/helpers.js';
import { loadStories, renderStory } from './support/story-harness.js';

const stories = (await loadStories()).filter((s) => s.file.includes('two-factor-totp'));

/** The step each <passkey-register> story reached in the canvas, to compare with its Docs page. */
const canvasSteps = new Map<string, string | undefined>();
const stepIn = (canvas: HTMLElement) => canvas.querySelector('passkey-register')?.step;

describe('stories', () => {
  afterEach(removeAuthenticators);

  it('are found', () => {
    expect(stories.length).to.be.greaterThan(0);
  });

  it('are named in one style, “Group: detail” (e.g. “Error: forbidden”)', () => {
    for (const { exportName, story } of stories)
      expect(story.name, exportName).to.match(/^[A-Z][A-Za-z ]*: \S/);
  });

  for (const entry of stories) {
    for (const theme of ['light', 'dark']) {
      it(`${entry.meta.title} › ${entry.story.name ?? entry.exportName} — ${theme}: renders, plays, passes axe`, async () => {
        const canvas = await renderStory(entry, theme);
        canvasSteps.set(`${entry.file}#${entry.exportName}`, stepIn(canvas));
        await expect(canvas).to.be.accessible();
      });
    }
    it(`${entry.meta.title} › ${entry.story.name ?? entry.exportName} — Docs page: reaches the same state without an authenticator`, async () => {
      const key = `${entry.file}#${entry.exportName}`;
      // A canvas run skipped in Firefox (an authenticator it lacks) leaves nothing to compare
      // with; in Chromium every canvas run records its step, so a missing one still fails.
      if (!canvasSteps.has(key)) needs('the canvas run of this story, skipped there', 'firefox');
      const canvas = await renderStory(entry, 'light', { viewMode: 'docs' });
      expect(stepIn(canvas)).to.equal(canvasSteps.get(key));
    });
  }
});
