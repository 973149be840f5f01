import type { TotpLocale } from '../strings.js';

const de: TotpLocale = {
  dir: 'ltr',
  totp: {
    heading: 'Authenticator-App',
    loading: 'Authenticator-App wird geprüft…',
    offBody:
      'Erhalten Sie einen Anmeldecode von einer App auf Ihrem Smartphone, etwa Google Authenticator, Microsoft Authenticator oder 1Password. Das funktioniert auch ohne Internetverbindung.',
    setUp: 'Authenticator-App einrichten',
    approvingHeading: 'Mit Ihrem Passkey bestätigen',
    approvingBody: {
      'totp-setup':
        'Bestätigen Sie mit einem Ihrer Passkeys, dass Sie es sind, um eine Authenticator-App einzurichten.',
      'totp-remove':
        'Bestätigen Sie mit einem Ihrer Passkeys, dass Sie es sind, um Ihre Authenticator-App zu entfernen.',
    },
    approve: 'Mit Passkey bestätigen',
    approvingWait: 'Warten auf Ihren Passkey…',
    starting: 'Ihr Schlüssel wird erstellt…',
    scanHeading: 'QR-Code mit Ihrer App scannen',
    scanSteps: [
      'Öffnen Sie Ihre Authenticator-App und wählen Sie, ein Konto hinzuzufügen.',
      'Scannen Sie damit diesen QR-Code.',
      'Geben Sie den Code ein, den die App anzeigt.',
    ],
    qrLabel: 'QR-Code für Ihre Authenticator-App',
    account: (account) => `Konto: ${account}`,
    manualSummary: 'Scannen nicht möglich? Schlüssel eingeben',
    manualBody:
      'Wählen Sie in Ihrer App, einen Einrichtungsschlüssel einzugeben, und tippen Sie diesen Schlüssel ein:',
    keyDetails: (digits) => `Zeitbasiert, ${digits} Ziffern.`,
    copy: 'Schlüssel kopieren',
    copied: 'Schlüssel kopiert',
    codeLabel: 'Code aus der App',
    codeHint: (digits) => `Der ${digits}-stellige Code, den Ihre App gerade anzeigt.`,
    codeProblem: (digits) => `Geben Sie die ${digits} Ziffern ein, die Ihre App anzeigt.`,
    nameLabel: 'Name (optional)',
    nameHint:
      'Damit Sie die App später erkennen, etwa „Google Authenticator auf meinem Smartphone“.',
    nameProblems: {
      'too-long': 'Verwenden Sie höchstens 64 Zeichen.',
      'forbidden-characters': 'Entfernen Sie Steuer- oder Textrichtungszeichen aus dem Namen.',
    },
    verify: 'Prüfen und aktivieren',
    verifying: 'Code wird geprüft…',
    cancel: 'Abbrechen',
    addedHeading: 'Authenticator-App eingerichtet',
    addedBody: 'Ab jetzt können Sie sich mit einem Code aus Ihrer Authenticator-App anmelden.',
    addedBodyNamed: (name) => `Ab jetzt können Sie sich mit einem Code aus ${name} anmelden.`,
    done: 'Fertig',
    onBody: 'Sie können sich mit einem Code aus dieser App anmelden.',
    unnamed: 'Authenticator-App',
    addedOn: (date) => `Hinzugefügt am ${date}`,
    remove: 'Entfernen',
    removeHeading: 'Authenticator-App entfernen?',
    removeBody:
      'Ihre Codes funktionieren dann nicht mehr für die Anmeldung. Sie können jederzeit wieder eine App einrichten.',
    removeConfirm: 'App entfernen',
    removing: 'Authenticator-App wird entfernt…',
    notices: {
      cancelled: 'Es wurde nichts geändert.',
      removed: 'Die Authenticator-App wurde entfernt.',
      'already-set-up': 'Für Ihr Konto ist bereits eine Authenticator-App eingerichtet.',
    },
    errors: {
      network: {
        title: 'Server nicht erreichbar',
        body: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
      },
      server: {
        title: 'Bei uns ist etwas schiefgelaufen',
        body: 'Es wurde nichts geändert. Versuchen Sie es gleich noch einmal.',
      },
      'invalid-response': {
        title: 'Unerwartete Antwort vom Server',
        body: 'Der Server hat eine Antwort gesendet, die nicht verarbeitet werden konnte, daher wurde nichts gespeichert. Versuchen Sie es erneut oder wenden Sie sich an den Support, falls das Problem weiterhin besteht.',
      },
      unauthenticated: {
        title: 'Ihre Sitzung ist abgelaufen',
        body: 'Melden Sie sich erneut an und richten Sie dann Ihre Authenticator-App ein.',
      },
      forbidden: {
        title: 'Keine Berechtigung',
        body: 'Ihr Konto darf seine Authenticator-App nicht ändern. Wenden Sie sich an die Administration Ihrer Organisation.',
      },
      'no-adapter': {
        title: 'Authenticator-Apps sind noch nicht angebunden',
        body: 'Diese Seite hat das Widget noch nicht mit ihrem Server verbunden. Bitte wenden Sie sich an den Support.',
      },
    },
    setupErrors: {
      expired: {
        title: 'Die Einrichtung ist abgelaufen',
        body: 'Es hat zu lange gedauert, daher wurde nichts gespeichert. Beginnen Sie neu, um einen neuen QR-Code zu erhalten, und löschen Sie den alten Eintrag aus Ihrer App.',
      },
      'rate-limited': {
        title: 'Zu viele Versuche',
        body: 'Warten Sie eine Minute und geben Sie dann den Code ein, den Ihre App zu diesem Zeitpunkt anzeigt.',
      },
      'invalid-code': {
        title: 'Dieser Code hat nicht funktioniert',
        body: 'Geben Sie den Code ein, den Ihre App jetzt anzeigt. Die Codes ändern sich alle 30 Sekunden.',
      },
      approval: {
        title: 'Ihr Passkey konnte es nicht bestätigen',
        body: 'Es wurde nichts geändert. Versuchen Sie es erneut oder verwenden Sie einen anderen Ihrer Passkeys.',
      },
    },
    tryAgain: 'Erneut versuchen',
    startAgain: 'Neu beginnen',
    back: 'Zurück',
  },
};

export default de;
