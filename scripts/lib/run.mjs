// Helpers shared by the scripts that build, pack and check the package: the repository root,
// child processes, timed steps and assertions.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The environment for child processes: npm's own variables (set when a script runs under
 * `npm test`) are left out, as they would leak the repository's config into the temporary
 * apps' installs; colours are off so outputs can be read in a log.
 */
export const env = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('npm_') || k === 'npm_config_cache'),
  ),
  NO_COLOR: '1',
};

/**
 * Runs a command and throws with its output when it fails.
 * @param {string} cmd @param {string[]} args @param {string} cwd
 * @returns {string} stdout
 */
export function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} (in ${cwd}) failed with ${r.status ?? r.signal}:\n${r.stdout}\n${r.stderr}`,
    );
  }
  return r.stdout;
}

/**
 * Runs `fn` and prints its label with the seconds it took.
 * @template T
 * @param {string} label @param {() => Promise<T> | T} fn
 * @returns {Promise<T>}
 */
export async function step(label, fn) {
  const t = performance.now();
  const result = await fn();
  console.log(`  ${label} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  return result;
}

/**
 * @param {unknown} ok @param {string} message
 * @returns {asserts ok}
 */
export function assert(ok, message) {
  if (!ok) throw new Error(message);
}

/**
 * Whether the module at `url` is the script node was started with (not imported).
 * @param {string} url import.meta.url
 */
export const isMain = (url) => !!process.argv[1] && url === pathToFileURL(process.argv[1]).href;

/**
 * The value after `--name` on the command line.
 * @param {string} name
 */
export function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}
