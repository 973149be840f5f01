/**
 * Loads every story module (served by the test runner as /__stories__.js) and renders a story
 * the way Storybook would: args merged over the meta's, the render function, then `play`.
 */
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { addAuthenticator, needs } from './helpers.js';
import type { AuthenticatorOptions } from './helpers.js';

type Render = (
  args: Record<string, unknown>,
  context: { args: unknown; parameters: unknown },
) => TemplateResult;

export interface StoryMeta {
  title: string;
  args?: Record<string, unknown>;
  parameters?: Record<string, unknown>;
  render?: Render;
}

export interface Story {
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

/** Renders a story into a fresh fixture, with its virtual authenticator, and runs its play function. */
export async function renderStory(
  { meta, story, exportName }: StoryEntry,
  theme: string,
): Promise<HTMLElement> {
  // Firefox refuses at once when no authenticator answers, so there is no prompt to abort.
  // (Stories needing what Firefox's authenticators lack are skipped by addAuthenticator.)
  if (exportName === 'ErrorAborted') needs('a prompt that stays open', 'firefox');
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
  return canvasElement;
}
