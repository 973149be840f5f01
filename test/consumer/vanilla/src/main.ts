// Only the two elements this page uses: the root import must not register the others.
import 'passkey-register/define/passkey-register';
import 'passkey-register/define/passkey-qr';
import { createFetchAdapter } from 'passkey-register';
import type { PasskeyCredential, PasskeyRegister } from 'passkey-register';

// Typed by HTMLElementTagNameMap: no cast.
const widget: PasskeyRegister = document.querySelector('passkey-register')!;
widget.adapter = createFetchAdapter({ baseUrl: '/api/passkeys' });

// Typed by the event map: `event.credential` without a cast.
widget.addEventListener('passkey-registered', (event) => {
  const credential: PasskeyCredential = event.credential;
  document.body.dataset.registered = credential.name;
});

const qr = document.querySelector('passkey-qr')!;
await qr.updateComplete;
await qr.drawn;
await qr.updateComplete;
// qrcode is CommonJS: a drawn code shows that the app's bundler converted it.
document.body.dataset.qr =
  qr.shadowRoot?.querySelector('svg[part=qr]')?.getAttribute('viewBox') ?? '';

document.body.dataset.defined = ['passkey-register', 'passkey-qr', 'passkey-credentials']
  .filter((tag) => customElements.get(tag))
  .join(' ');

// The demo relying party's stand-in for a portal's sign-in.
await fetch('/api/session', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'passkey-register' },
  body: '{}',
});
document.body.dataset.ready = '';
