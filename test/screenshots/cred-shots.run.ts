/** Local-only: shots of <passkey-credentials> stories for the design pass (not committed). */
const PREFIX = "after";
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { loadLocale } from '../../src/i18n.js';
import { removeAuthenticators } from '../support/helpers.js';
import { loadStories, renderStory } from '../support/story-harness.js';


const WANT = ['List','Empty','Menu','Renaming','ConfirmDelete','ApprovalPrompt','Forbidden','Adding','LongNames','LongNameApproval'];
const all = await loadStories();
const stories = all.filter((s) => s.file.includes('credentials') && (WANT.length === 0 || WANT.includes(s.exportName)));
const cases: [number, string, string][] = [
  [320, 'light', ''], [1280, 'light', ''], [320, 'dark', ''], [1280, 'dark', ''],
  [320, 'light', 'ar'], [1280, 'light', 'ar'], [320, 'light', 'de'], [1280, 'light', 'de'], [375, 'light', ''],
];
describe('cred shots', () => {
  afterEach(removeAuthenticators);
  for (const entry of stories) {
    for (const [width, theme, lang] of cases) {
      it(`${entry.exportName} ${width} ${theme} ${lang}`, async () => {
        if (lang) await loadLocale(lang);
        await setViewport({ width, height: 900 });
        const e = lang ? { ...entry, story: { ...entry.story, args: { ...entry.story.args, lang } } } : entry;
        const canvas = await renderStory(e, theme);
        await new Promise((r) => setTimeout(r, 150));
        const rect = canvas.getBoundingClientRect();
        const overflow = document.documentElement.scrollWidth > width;
        const name = `${PREFIX}-${entry.exportName}-${width}-${theme}${lang ? '-' + lang : ''}${overflow ? '-OVERFLOW' : ''}`;
        const dlg = canvas.querySelector('passkey-credentials')?.shadowRoot?.querySelector('dialog[open]');
        const h = Math.max(Math.ceil(rect.height), dlg ? 900 : 0);
        await executeServerCommand('screenshot', { name, clip: { x: 0, y: dlg ? scrollY : rect.top + scrollY, width, height: h } });
      });
    }
  }
});
