// Type expectations for the React wrappers, checked by `tsc` in the consumer check (not bundled).
import type { PasskeyRegisteredEvent } from 'passkey-register';
import { PasskeyCredentials, PasskeyQr, PasskeyRegister } from 'passkey-register/react';

export const ok = (
  <>
    <PasskeyRegister
      theme="dark"
      noHelp
      onPasskeyRegistered={(e: PasskeyRegisteredEvent) => e.credential.id}
      onPasskeyError={(e) => e.code}
      onPasskeyCancel={(e) => e.step}
    />
    <PasskeyCredentials registration="hidden" onPasskeyCredentialChange={(e) => e.action.type} />
    <PasskeyQr value="https://example.com" label="QR" />
  </>
);

export const wrongTypes = (
  <>
    {/* @ts-expect-error: adapterTimeout is a number */}
    <PasskeyRegister adapterTimeout="slow" />
    {/* @ts-expect-error: theme is 'light' | 'dark' | 'auto' */}
    <PasskeyRegister theme="blue" />
    {/* @ts-expect-error: the event carries a credential, not a detail */}
    <PasskeyRegister onPasskeyRegistered={(e) => e.detail} />
    {/* @ts-expect-error: no such prop */}
    <PasskeyQr adapter={null} />
  </>
);
