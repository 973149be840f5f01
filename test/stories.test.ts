/**
 * Renders every story of every stories/**\/*.stories.ts file, runs its play function, in light
 * and dark, and checks it with axe. New stories are covered without editing this file.
 */
import { expect } from '@open-wc/testing';
import { needs, removeAuthenticators } from './support/helpers.js';
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
        // Firefox refuses at once when no authenticator answers, so there is no prompt to abort.
        // (Stories needing what Firefox's authenticators lack are skipped by addAuthenticator.)
        if (entry.exportName === 'ErrorAborted') needs('a prompt that stays open', 'firefox');
        const canvas = await renderStory(entry, theme);
        await expect(canvas).to.be.accessible();
      });
    }
  }
});
