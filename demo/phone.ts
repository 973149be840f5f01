// The demo's phone page, opened from the QR code the desktop widget shows: <passkey-register>
// in handoff mode, registering a passkey on this phone for the account signed in on the computer.
// The token in the URL fragment is the only authority this page has (no session cookie here).
import '../src/define.js';
import { createFetchAdapter } from '../src/index.js';
import { onLanguage, setUpPreferences, t, themed } from './prefs.js';

const token = location.hash.slice(1);
// Out of the address bar and the history at once: the link is single-use, but it is a secret.
history.replaceState(null, '', location.pathname);

const main = document.getElementById('main');
if (!main) throw new Error('#main is missing from phone.html');

setUpPreferences();

if (token) {
  const widget = themed(document.createElement('passkey-register'));
  widget.setAttribute('handoff', token);
  widget.adapter = createFetchAdapter({ baseUrl: '/api/passkeys' });
  main.append(widget);
} else {
  const message = document.createElement('p');
  message.className = 'notice';
  onLanguage(() => (message.textContent = t('phoneNoToken')));
  main.append(message);
}
