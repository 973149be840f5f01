/**
 * English for the errors of a WebAuthn ceremony. They can only show once the WebAuthn code has
 * loaded (with <passkey-register>'s later steps, or with <passkey-credentials>' changes), so they
 * load with it, not with the page.
 */
import type { WebAuthnErrorCode } from './internal/errors.js';
import type { PasskeyStrings } from './strings.js';

export const enCeremonyErrors: Pick<PasskeyStrings['errors'], WebAuthnErrorCode> = {
  cancelled: {
    title: 'Passkey not created',
    body: 'The request was cancelled or not approved. When you’re ready, try again.',
  },
  timeout: {
    title: 'The request timed out',
    body: 'Nothing was confirmed in time. Try again and approve the prompt when it appears.',
  },
  'already-registered': {
    title: 'Already registered',
    body: 'This device or key already holds a passkey for your account. Choose a different one, or keep using the one you have.',
  },
  'unsupported-authenticator': {
    title: 'This authenticator can’t be used',
    body: 'It can’t verify you with a PIN or biometrics, which this site requires. Try another device or security key.',
  },
  'not-supported': {
    title: 'Passkeys aren’t available here',
    body: 'This browser or connection doesn’t support passkeys. Use an up-to-date browser on a secure (https) page.',
  },
  misconfigured: {
    title: 'This site isn’t set up for passkeys',
    body: 'The site’s passkey settings don’t match its address. This isn’t something you can fix: please contact support.',
  },
  'frame-not-allowed': {
    title: 'Passkeys aren’t allowed in this frame',
    body: 'This page is shown inside another site that doesn’t allow passkeys here. Open it in its own tab, or ask the site to allow passkeys in this frame.',
  },
  aborted: {
    title: 'Passkey creation was interrupted',
    body: 'Another request stopped it. Try again.',
  },
  unknown: {
    title: 'Something went wrong',
    body: 'Your authenticator reported an unexpected error. Try again, or use a different one.',
  },
};
