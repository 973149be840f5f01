/**
 * `npm run screenshots`: PNGs of the key states, light and dark, at 360 and 1024 px wide,
 * written to docs/screenshots/ (run by web-test-runner.screenshots.config.mjs).
 */
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { loadLocale } from '../../src/i18n.js';
import { removeAuthenticators } from '../support/helpers.js';
import { loadStories, renderStory } from '../support/story-harness.js';

const KEY_STATES = [
  'NamingSuggested',
  'NamingInvalid',
  'ChoosingAll',
  'ChoosingSomeUnavailable',
  'WaitingSecurityKey',
  'WaitingPhone',
  'Verifying',
  'Approving',
  'Success',
  'CancelledCalm',
  'SuccessLongName',
  'HandoffWarning',
  'ErrorForbidden',
  'CustomBrand',
  'HandoffQr',
  'HandoffExpired',
  'PhoneConfirm',
  'PhoneDone',
  'List',
  'OnlyActive',
  'Renaming',
  'ApprovalPrompt',
  'Adding',
  'ErrorUnconfirmed',
  'PhoneLinkUsed',
  'PhoneLinkInvalid',
  'HandoffWarningArabic',
  // <two-factor-register>: the shell, and a key state of each tab.
  'Passkeys',
  'Totp',
  'ScanWithKey',
  'InvalidCode',
  'Codes',
];

/** A few states in right-to-left Arabic and in Japanese, to check layout and wording. */
const IN_OTHER_LANGUAGES = ['NamingSuggested', 'ChoosingAll', 'HandoffQr', 'List'];

const all = await loadStories();
const stories = all.filter((s) => KEY_STATES.includes(s.exportName));

describe('screenshots', () => {
  afterEach(removeAuthenticators);
  for (const entry of stories) {
    for (const width of [360, 1024]) {
      for (const theme of ['light', 'dark']) {
        it(`${entry.exportName} ${width} ${theme}`, async () => {
          await setViewport({ width, height: 900 });
          const canvas = await renderStory(entry, theme);
          await new Promise((r) => setTimeout(r, 100)); // let focus rings and layout settle
          const rect = canvas.getBoundingClientRect();
          const name = `${entry.exportName.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase())}-${width}-${theme}`;
          await executeServerCommand('screenshot', {
            name,
            clip: { x: 0, y: rect.top + scrollY, width, height: Math.ceil(rect.height) },
          });
        });
      }
    }
  }
  for (const entry of all.filter((s) => IN_OTHER_LANGUAGES.includes(s.exportName))) {
    for (const lang of ['ar', 'ja']) {
      it(`${entry.exportName} 360 ${lang}`, async () => {
        await loadLocale(lang);
        await setViewport({ width: 360, height: 900 });
        const canvas = await renderStory(
          { ...entry, story: { ...entry.story, args: { ...entry.story.args, lang } } },
          'light',
        );
        await new Promise((r) => setTimeout(r, 100));
        const rect = canvas.getBoundingClientRect();
        const name = `${entry.exportName.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase())}-360-${lang}`;
        await executeServerCommand('screenshot', {
          name,
          clip: { x: 0, y: rect.top + scrollY, width: 360, height: Math.ceil(rect.height) },
        });
      });
    }
  }
});
