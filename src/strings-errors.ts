/**
 * English for the errors of the adapter and the flow, but `network`: none can show before the
 * flow (or the credential list) has loaded, so they load with it, not with the page. `network`
 * stays in the first view's strings (./strings.ts), for a flow that can't load.
 */
import type { WebAuthnErrorCode } from './internal/errors.js';
import type { PasskeyStrings } from './strings.js';

export const enAdapterErrors: Omit<PasskeyStrings['errors'], WebAuthnErrorCode | 'network'> = {
  forbidden: {
    title: 'You don’t have permission',
    body: 'Your role doesn’t allow adding passkeys. Ask your organization’s administrator for access.',
  },
  unauthenticated: {
    title: 'Your session has expired',
    body: 'Sign in again, then add your passkey.',
  },
  conflict: {
    title: 'This passkey already exists',
    body: 'It is already saved to your account. Refresh the page to see it.',
  },
  expired: {
    title: 'The request expired',
    body: 'It took too long to finish, so nothing was saved. Try again.',
  },
  'rate-limited': {
    title: 'Too many attempts',
    body: 'Wait a minute, then try again.',
  },
  rejected: {
    title: 'The passkey couldn’t be verified',
    body: 'The server didn’t accept it, so nothing was saved. Try again.',
  },
  server: {
    title: 'Something went wrong on our side',
    body: 'Nothing was saved. Try again in a moment.',
  },
  'invalid-response': {
    title: 'Unexpected reply from the server',
    body: 'The server sent something we couldn’t use, so nothing was saved. Try again, or contact support if it keeps happening.',
  },
  declined: {
    title: 'Declined on your phone',
    body: 'Nothing was added. Choose another option, or try again.',
  },
  'no-adapter': {
    title: 'Passkeys aren’t connected yet',
    body: 'This page hasn’t connected the passkey widget to its server. Please contact support.',
  },
  // Round 2 (#14): the phone's dead links, and a save that got no answer.
  'link-used': {
    title: 'This link has already been used',
    body: 'It already added a passkey, so it can’t be used again. To add another, scan a new code on your computer.',
  },
  'link-invalid': {
    title: 'This link is no longer valid',
    body: 'It has expired or was cancelled on your computer. Scan a new code on your computer.',
  },
  'invalid-code': {
    title: 'That code didn’t work',
    body: 'Check the code and enter it again. Codes from an authenticator app change every 30 seconds.',
  },
  unconfirmed: {
    title: 'We couldn’t confirm whether your passkey was saved',
    body: 'The server didn’t answer in time. Check your list of passkeys before you try again.',
  },
};
