/**
 * Renders every story of every `stories/**\/*.stories.ts` file (listed by the test runner's
 * `/__stories__.js` module, so a new story is covered without editing this file), runs its
 * play function, in light and dark, and checks it with axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { addAuthenticator, removeAuthenticators } from './support/helpers.js';
import type { AuthenticatorOptions } from './support/helpers.js';

interface StoryModule {
  default: {
    title: string;
    args?: Record<string, unknown>;
    parameters?: Record<string, unknown>;
    render?: Render;
  };
  [name: string]: unknown;
}
type Render = (
  args: Record<string, unknown>,
  context: { args: unknown; parameters: unknown },
) => TemplateResult;
interface Story {
  name?: string;
  args?: Record<string, unknown>;
  parameters?: Record<string, unknown> & { virtualAuthenticator?: AuthenticatorOptions };
  render?: Render;
  play?: (context: {
    canvasElement: HTMLElement;
    args: unknown;
    parameters: unknown;
  }) => Promise<void>;
}

const indexUrl = '/__stories__.js';
const { default: files } = (await import(indexUrl)) as { default: [string, StoryModule][] };

describe('stories', () => {
  afterEach(removeAuthenticators);

  it('are found', () => {
    expect(files.length).to.be.greaterThan(0);
  });

  for (const [file, mod] of files) {
    const meta = mod.default;
    describe(`${meta.title} (${file})`, () => {
      for (const [exportName, value] of Object.entries(mod)) {
        if (exportName === 'default' || typeof value !== 'object' || value === null) continue;
        const story = value as Story;
        for (const theme of ['light', 'dark']) {
          it(`${story.name ?? exportName} — ${theme}: renders, plays and passes axe`, async () => {
            await executeServerCommand('webauthn', { action: 'enable' });
            if (story.parameters?.virtualAuthenticator)
              await addAuthenticator(story.parameters.virtualAuthenticator);
            const args = { ...meta.args, ...story.args, theme };
            const parameters = { ...meta.parameters, ...story.parameters };
            const render = story.render ?? meta.render;
            if (!render) throw new Error('a story needs a render function');
            const canvasElement = await fixture<HTMLElement>(
              html`<div>${render(args, { args, parameters })}</div>`,
            );
            await story.play?.({ canvasElement, args, parameters });
            await expect(canvasElement).to.be.accessible();
          });
        }
      }
    });
  }
});
