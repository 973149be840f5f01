import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createFetchAdapter } from 'passkey-register';
import { PasskeyRegister } from 'passkey-register/react';

const adapter = createFetchAdapter({ baseUrl: '/api/passkeys' });

function App() {
  const [registered, setRegistered] = useState<string>();
  const [steps, setSteps] = useState<string[]>([]);
  return (
    <main data-registered={registered} data-steps={steps.join(' ')}>
      <PasskeyRegister
        adapter={adapter}
        defaultName="React laptop"
        adapterTimeout={20_000}
        // Typed event props: `event` is a PasskeyRegisteredEvent / PasskeyStepChangeEvent.
        onPasskeyRegistered={(event) => setRegistered(event.credential.name)}
        onPasskeyStepChange={(event) => setSteps((s) => [...s, event.step])}
      />
    </main>
  );
}

// The demo relying party's stand-in for a portal's sign-in.
await fetch('/api/session', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'passkey-register' },
  body: '{}',
});
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
document.body.dataset.ready = '';
