/**
 * Loads every story module (served by the test runner as /__stories__.js) and renders a story
 * the way Storybook would: args merged over the meta's, the render function, then `play`.
 */
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { untilStaged } from './stage.js';
import { addAuthenticator, needs } from './helpers.js';
import type { AuthenticatorOptions } from './helpers.js';

type Render = (
  args: Record<string, unknown>,
  context: { args: unknown; parameters: unknown; viewMode: string; id: string },
) => TemplateResult;

type Play = (context: {
  canvasElement: HTMLElement;
  args: unknown;
  parameters: unknown;
}) => Promise<void>;

export interface StoryMeta {
  title: string;
  args?: Record<string, unknown>;
  parameters?: Record<string, unknown>;
  render?: Render;
  play?: Play;
}

export interface Story {
  name?: string;
  args?: Record<string, unknown>;
  parameters?: Record<string, unknown> & {
    virtualAuthenticator?: AuthenticatorOptions;
    /** The story shows the browser's prompt still open, which only Chromium keeps open here. */
    promptStaysOpen?: boolean;
  };
  render?: Render;
  play?: Play;
}

export interface StoryEntry {
  file: string;
  meta: StoryMeta;
  exportName: string;
  story: Story;
}

/** Every story of every stories/**\/*.stories.ts file. */
export async function loadStories(): Promise<StoryEntry[]> {
  const indexUrl = '/__stories__.js';
  const { default: files } = (await import(indexUrl)) as {
    default: [string, { default: StoryMeta } & Record<string, unknown>][];
  };
  return files.flatMap(([file, mod]) =>
    Object.entries(mod)
      .filter(([name, value]) => name !== 'default' && typeof value === 'object' && value !== null)
      .map(([exportName, story]) => ({
        file,
        meta: mod.default,
        exportName,
        story: story as Story,
      })),
  );
}

/**
 * Renders a story into a fresh fixture, with its virtual authenticator, and runs its play
 * function (the story's, else the meta's). Stories drive their element from the render itself
 * (test/support/stage.ts); play waits for that.
 *
 * `viewMode: 'docs'` renders it as a Storybook Docs page does: no virtual authenticator (nobody
 * sets one up for a Docs page), the stories' stand-in authenticator instead, and no play
 * function: it only waits for what the render drives.
 */
export async function renderStory(
  { meta, story, exportName }: StoryEntry,
  theme: string,
  { viewMode = 'story' }: { viewMode?: 'story' | 'docs' } = {},
): Promise<HTMLElement> {
  // Firefox refuses at once when no authenticator answers, so there is no prompt to abort or
  // to wait at. (Stories needing what Firefox's authenticators lack are skipped by addAuthenticator.)
  if (story.parameters?.promptStaysOpen) needs('a prompt that stays open', 'firefox');
  await executeServerCommand('webauthn', { action: 'enable' });
  if (viewMode === 'story' && story.parameters?.virtualAuthenticator)
    await addAuthenticator(story.parameters.virtualAuthenticator);
  const args = { ...meta.args, ...story.args, theme };
  const parameters = { ...meta.parameters, ...story.parameters };
  const render = story.render ?? meta.render;
  if (!render) throw new Error('a story needs a render function');
  const context = { args, parameters, viewMode, id: `${meta.title}--${exportName}` };
  const canvasElement = await fixture<HTMLElement>(html`<div>${render(args, context)}</div>`);
  if (viewMode === 'docs') await untilStaged({ canvasElement, parameters });
  else await (story.play ?? meta.play)?.({ canvasElement, args, parameters });
  return canvasElement;
}
