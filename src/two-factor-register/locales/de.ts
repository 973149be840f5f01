import type { TwoFactorLocale } from '../locale.js';

const num = (n: number) => new Intl.NumberFormat('de').format(n);

const de: TwoFactorLocale = {
  dir: 'ltr',
  shell: {
    tablist: 'Anmeldemethoden',
    tabs: { passkey: 'Passkeys', totp: 'Authenticator-App', recovery: 'Wiederherstellungscodes' },
  },
  recovery: {
    heading: 'Wiederherstellungscodes',
    intro:
      'Wenn Sie Ihren Passkey oder Ihre Authenticator-App nicht verwenden können, melden Sie sich mit einem Wiederherstellungscode an. Jeder Code funktioniert nur einmal.',
    loading: 'Ihre Wiederherstellungscodes werden geladen…',
    notSetUp: 'Nicht eingerichtet',
    notSetUpBody:
      'Erstellen Sie einen Satz Codes und bewahren Sie ihn sicher auf, etwa in einem Passwort-Manager oder ausgedruckt.',
    generate: 'Codes erstellen',
    remaining: (left, total) => `Noch ${num(left)} von ${num(total)} Codes übrig`,
    low: 'Ihre Codes gehen zur Neige. Erstellen Sie einen neuen Satz, damit Sie sich nicht aussperren.',
    regenerate: 'Neue Codes erstellen',
    regenerateTitle: 'Wiederherstellungscodes ersetzen?',
    regenerateBody:
      'Sobald Sie den neuen Satz gespeichert haben, funktionieren alle bisherigen Codes nicht mehr – auch die, die Sie notiert haben.',
    continue: 'Weiter',
    cancel: 'Abbrechen',
    preparing: 'Wird vorbereitet…',
    approvalTitle: 'Bestätigen Sie, dass Sie es sind',
    approvalBody:
      'Bestätigen Sie mit einem Ihrer Passkeys, um neue Wiederherstellungscodes zu erstellen.',
    approve: 'Bestätigen',
    approvalWait: 'Folgen Sie den Anweisungen Ihres Browsers…',
    generating: 'Ihre Codes werden erstellt…',
    codesTitle: 'Speichern Sie Ihre Wiederherstellungscodes',
    codesBody:
      'Die Codes werden nur dieses eine Mal angezeigt. Bewahren Sie sie sicher auf: Jeder Code kann einmal verwendet werden.',
    codesLabel: 'Ihre Wiederherstellungscodes',
    copy: 'Alle kopieren',
    copied: 'Codes in die Zwischenablage kopiert.',
    copyFailed: 'Kopieren nicht möglich. Laden Sie die Codes herunter oder drucken Sie sie aus.',
    download: 'Herunterladen',
    downloaded: 'Codes als Textdatei heruntergeladen.',
    print: 'Drucken',
    sheetTitle: (site) => `Wiederherstellungscodes für ${site}`,
    sheetNote: (date) => `Erstellt am ${date}. Jeder Code kann einmal verwendet werden.`,
    fileName: 'wiederherstellungscodes',
    saved: 'Ich habe diese Codes sicher gespeichert',
    savedMissing: 'Setzen Sie das Häkchen, sobald Sie die Codes gespeichert haben.',
    done: 'Fertig',
    confirming: 'Wird gespeichert…',
    keepsOld: 'Bis Sie auf „Fertig“ klicken, gelten Ihre bisherigen Codes weiter.',
    notSavedYet: 'Erst wenn Sie auf „Fertig“ klicken, werden diese Codes aktiviert.',
    ready: (total) => `Ihre ${num(total)} neuen Wiederherstellungscodes sind einsatzbereit.`,
    nothingChanged: 'Es wurde nichts geändert.',
    retry: 'Erneut versuchen',
    back: 'Zurück',
    statusError: {
      title: 'Ihre Wiederherstellungscodes konnten nicht geladen werden',
      body: 'Bei uns ist etwas schiefgelaufen. Versuchen Sie es gleich noch einmal.',
    },
    errors: {
      forbidden: {
        title: 'Keine Berechtigung',
        body: 'Ihre Rolle erlaubt keine Änderung der Wiederherstellungscodes. Wenden Sie sich an die Administration Ihrer Organisation.',
      },
      unauthenticated: {
        title: 'Ihre Sitzung ist abgelaufen',
        body: 'Melden Sie sich erneut an und kehren Sie dann hierher zurück. Es wurde nichts geändert.',
      },
      conflict: {
        title: 'Ihre Wiederherstellungscodes wurden inzwischen geändert',
        body: 'Sie wurden in einem anderen Fenster geändert. Gehen Sie zurück, um den aktuellen Stand zu sehen.',
      },
      expired: {
        title: 'Diese Codes sind abgelaufen',
        body: 'Sie wurden nicht rechtzeitig bestätigt und daher nie aktiviert: Vernichten Sie jede gespeicherte oder gedruckte Kopie. Ihre bisherigen Codes gelten weiter, falls vorhanden. Erstellen Sie einen neuen Satz.',
      },
      'rate-limited': {
        title: 'Zu viele Versuche',
        body: 'Warten Sie eine Minute und versuchen Sie es dann erneut. Es wurde nichts geändert.',
      },
      server: {
        title: 'Bei uns ist etwas schiefgelaufen',
        body: 'Es wurde nichts geändert. Versuchen Sie es gleich noch einmal.',
      },
      network: {
        title: 'Server nicht erreichbar',
        body: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut. Es wurde nichts geändert.',
      },
      'invalid-response': {
        title: 'Unerwartete Antwort des Servers',
        body: 'Die Antwort des Servers war nicht verwendbar, daher wurde nichts geändert. Versuchen Sie es erneut oder wenden Sie sich an den Support, falls es wieder passiert.',
      },
      approval: {
        title: 'Die Bestätigung hat nicht geklappt',
        body: 'Ihr Passkey hat die neuen Codes nicht bestätigt, daher wurde nichts geändert. Versuchen Sie es erneut mit einem Passkey dieses Kontos.',
      },
    },
  },
};

export default de;
