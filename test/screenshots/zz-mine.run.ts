// Throwaway: screenshots of a few stories for the polish-i18n review (not committed).
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { loadLocale } from '../../src/i18n.js';
import { removeAuthenticators } from '../support/helpers.js';
import { loadStories, renderStory } from '../support/story-harness.js';

const WANT: [string, string, string, number][] = [
  ['HandoffWarningArabic', 'ar', 'light', 360],
  ['HandoffWarningArabic', 'ar', 'light', 1024],
  ['HandoffWarning', 'en', 'light', 360],
  ['InvalidCode', 'en', 'light', 360],
  ['InvalidCode', 'ar', 'light', 360],
  ['InvalidCode', 'en', 'dark', 1024],
  ['RateLimited', 'en', 'light', 360],
];
const TAG = (import.meta as unknown as { env?: unknown }) && 'shot';
const all = await loadStories();
describe('mine', () => {
  afterEach(removeAuthenticators);
  for (const [story, lang, theme, width] of WANT) {
    const entry = all.find((s) => s.exportName === story);
    if (!entry) continue;
    it(`${story} ${lang} ${theme} ${width}`, async () => {
      if (lang !== 'en') await loadLocale(lang);
      await setViewport({ width, height: 900 });
      const canvas = await renderStory(
        { ...entry, story: { ...entry.story, args: { ...entry.story.args, lang } } },
        theme,
      );
      await new Promise((r) => setTimeout(r, 300));
      const rect = canvas.getBoundingClientRect();
      await executeServerCommand('screenshot', {
        name: `${TAG}-${story}-${lang}-${theme}-${width}`,
        clip: { x: 0, y: rect.top + scrollY, width, height: Math.ceil(rect.height) },
      });
    });
  }
});
