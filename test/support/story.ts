/**
 * The types every element's stories share: the theme and language args, the parameters (the
 * adapter and the driver that brings the element to the story's state), the render's context.
 */
import type { TemplateResult } from 'lit';
import type { PasskeyAdapter } from '../../src/index.js';
import type { Driver, StageContext } from './stage.js';

/** The args behind the controls in ./surface.ts's `themeAndLanguage`. */
export interface SurfaceArgs {
  theme: 'light' | 'dark' | 'auto';
  /** The language: en, de, fr, es, ja, ar (empty: the page's). */
  lang?: string;
}

export interface StoryParameters<E extends Element> {
  /** Builds a fresh adapter for each render; undefined renders without one. */
  adapter?: () => PasskeyAdapter | undefined;
  /** Drives the element to the state the story shows (see ./stage.ts). */
  stage?: Driver<E>;
  /** The virtual authenticator the test suite attaches before the story runs. */
  virtualAuthenticator?: Record<string, unknown>;
}

export type RenderContext<E extends Element> = StageContext & { parameters: StoryParameters<E> };

export interface Story<A, E extends Element> {
  name?: string;
  render?: (args: A, context: RenderContext<E>) => TemplateResult;
  args?: Partial<A>;
  parameters?: StoryParameters<E> & Record<string, unknown>;
}
