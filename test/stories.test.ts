/**
 * Renders every story of every stories/**\/*.stories.ts file, runs its play function, in light
 * and dark, and checks it with axe. New stories are covered without editing this file.
 */
import { expect } from '@open-wc/testing';
import { removeAuthenticators } from './support/helpers.js';
import { loadStories, renderStory } from './support/story-harness.js';

const stories = await loadStories();

describe('stories', () => {
  afterEach(removeAuthenticators);

  it('are found', () => {
    expect(stories.length).to.be.greaterThan(0);
  });

  for (const entry of stories) {
    for (const theme of ['light', 'dark']) {
      it(`${entry.meta.title} › ${entry.story.name ?? entry.exportName} — ${theme}: renders, plays, passes axe`, async () => {
        const canvas = await renderStory(entry, theme);
        await expect(canvas).to.be.accessible();
      });
    }
  }
});
