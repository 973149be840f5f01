/**
 * React components for the elements, made with `@lit/react`: `passkey-register/react`.
 * Importing this module registers the tags. Properties (`adapter`, `strings`, …) are set as
 * properties, not attributes, and each event has a typed `on…` prop.
 */
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import * as React from 'react';
import type {
  PasskeyCancelEvent,
  PasskeyCredentialChangeEvent,
  PasskeyErrorEvent,
  PasskeyRegisteredEvent,
  PasskeyStepChangeEvent,
} from '../events.js';
import { PasskeyCredentials as PasskeyCredentialsElement } from '../passkey-credentials/define.js';
import { PasskeyQr as PasskeyQrElement } from '../passkey-qr/define.js';
import { PasskeyRegister as PasskeyRegisterElement } from '../passkey-register/define.js';

// @lit/react sets a prop as a property when the element class's prototype has it. Lit puts the
// accessors of `static properties` there when the class is finalised, which `define()` does; but
// the define modules skip define() when another copy of the package already registered the tag,
// and then every prop would go to React as an attribute (`adapter="[object Object]"`). Reading
// `observedAttributes` finalises the class.
for (const element of [PasskeyRegisterElement, PasskeyCredentialsElement, PasskeyQrElement])
  void element.observedAttributes;

/** `<passkey-register>`: name, choose, confirm, registered. */
export const PasskeyRegister = createComponent({
  tagName: 'passkey-register',
  elementClass: PasskeyRegisterElement,
  react: React,
  events: {
    onPasskeyRegistered: 'passkey-registered' as EventName<PasskeyRegisteredEvent>,
    onPasskeyError: 'passkey-error' as EventName<PasskeyErrorEvent>,
    onPasskeyStepChange: 'passkey-step-change' as EventName<PasskeyStepChangeEvent>,
    onPasskeyCancel: 'passkey-cancel' as EventName<PasskeyCancelEvent>,
  },
  displayName: 'PasskeyRegister',
});

/** `<passkey-credentials>`: the user's passkeys, with rename, on/off, delete and Add passkey. */
export const PasskeyCredentials = createComponent({
  tagName: 'passkey-credentials',
  elementClass: PasskeyCredentialsElement,
  react: React,
  events: {
    onPasskeyCredentialChange:
      'passkey-credential-change' as EventName<PasskeyCredentialChangeEvent>,
    // The embedded <passkey-register>'s events bubble out of the list too.
    onPasskeyRegistered: 'passkey-registered' as EventName<PasskeyRegisteredEvent>,
    onPasskeyError: 'passkey-error' as EventName<PasskeyErrorEvent>,
  },
  displayName: 'PasskeyCredentials',
});

/** `<passkey-qr>`: any text as an SVG QR code. */
export const PasskeyQr = createComponent({
  tagName: 'passkey-qr',
  elementClass: PasskeyQrElement,
  react: React,
  displayName: 'PasskeyQr',
});
