import { plural } from '../plural.js';
import type { PasskeyLocale } from '../locale.js';

const de: PasskeyLocale = {
  dir: 'ltr',
  register: {
    nameHeading: 'Gerät benennen',
    nameLabel: 'Gerätename',
    nameHint:
      'Wählen Sie einen klaren, eindeutigen Namen, damit Sie Ihre Passkeys auseinanderhalten können, etwa „MacBook Pro (Arbeit)“, „Ersatz-YubiKey“ oder „Google Titan Key“.',
    nameProblems: {
      empty: 'Geben Sie einen Namen für diesen Passkey ein.',
      'too-long': 'Verwenden Sie höchstens 64 Zeichen.',
      'forbidden-characters': 'Entfernen Sie Steuer- oder Textrichtungszeichen aus dem Namen.',
    },
    register: 'Registrieren',
    suggestedName: (browser, os) => `${browser} unter ${os}`,
    fetchingHeading: 'Wird vorbereitet…',
    chooseHeading: 'Wo möchten Sie Ihren Passkey speichern?',
    chooseIntro:
      'Ihr Passkey ist ein zweiter Faktor, der auf dem Gerät oder Sicherheitsschlüssel Ihrer Wahl bleibt.',
    choices: {
      'this-device': {
        label: 'Dieses Gerät oder Passwortmanager',
        description:
          'Face ID, Touch ID, Windows Hello, Fingerabdruck, PIN oder ein Passwortmanager.',
      },
      phone: {
        label: 'iPhone, iPad oder Android-Smartphone',
        description: 'Scannen Sie einen QR-Code mit der Kamera Ihres Smartphones.',
      },
      'security-key': {
        label: 'Sicherheitsschlüssel',
        description: 'Ein FIDO2-Schlüssel wie YubiKey, Google Titan oder Token2, per USB oder NFC.',
      },
    },
    unavailable: {
      'no-platform':
        'Nicht verfügbar: Richten Sie zuerst eine Bildschirmsperre oder einen Passwortmanager auf diesem Gerät ein.',
      'no-hybrid':
        'Bluetooth scheint ausgeschaltet zu sein. Schalten Sie es ein oder wählen Sie eine andere Option.',
    },
    waiting: {
      'this-device': {
        heading: 'Folgen Sie der Aufforderung Ihres Browsers',
        steps: [
          'Bestätigen Sie mit Face ID, Touch ID, Windows Hello, Ihrem Fingerabdruck oder der PIN Ihres Geräts.',
          'Falls Ihr Passwortmanager anbietet, den Passkey zu speichern, stimmen Sie zu.',
        ],
      },
      phone: {
        heading: 'Verwenden Sie Ihr Smartphone',
        steps: [
          'Ihr Browser zeigt einen QR-Code an. Öffnen Sie die Kamera Ihres Smartphones und richten Sie sie auf den Code.',
          'Lassen Sie Bluetooth eingeschaltet – auf Ihrem Smartphone und auf diesem Computer.',
          'Tippen Sie auf Ihrem Smartphone auf die Option zum Erstellen des Passkeys und bestätigen Sie mit Face ID, Fingerabdruck oder PIN.',
        ],
      },
      'security-key': {
        heading: 'Verwenden Sie Ihren Sicherheitsschlüssel',
        steps: [
          'Stecken Sie Ihren Sicherheitsschlüssel in einen USB-Anschluss oder halten Sie ihn an das NFC-Lesegerät.',
          'Geben Sie die PIN des Schlüssels ein, wenn Sie dazu aufgefordert werden.',
          'Berühren Sie die Taste oder den Sensor am Schlüssel.',
        ],
      },
    },
    waitingStatus: 'Warten auf Ihre Bestätigung…',
    verifyingHeading: 'Ihr Passkey wird gespeichert…',
    successHeading: 'Passkey registriert',
    successBody: (name) => `„${name}“ kann jetzt als Ihr zweiter Faktor verwendet werden.`,
    successProvider: (provider) => `Gespeichert in: ${provider}.`,
    addAnother: 'Weiteren Passkey hinzufügen',
    errors: {
      cancelled: {
        title: 'Passkey nicht erstellt',
        body: 'Die Anfrage wurde abgebrochen oder nicht bestätigt. Versuchen Sie es erneut, sobald Sie bereit sind.',
      },
      timeout: {
        title: 'Zeitüberschreitung bei der Anfrage',
        body: 'Es wurde nicht rechtzeitig bestätigt. Versuchen Sie es erneut und bestätigen Sie die Aufforderung, sobald sie erscheint.',
      },
      'already-registered': {
        title: 'Bereits registriert',
        body: 'Auf diesem Gerät oder Schlüssel ist bereits ein Passkey für Ihr Konto gespeichert. Wählen Sie ein anderes Gerät oder einen anderen Schlüssel oder verwenden Sie weiterhin Ihren vorhandenen Passkey.',
      },
      'unsupported-authenticator': {
        title: 'Dieser Authentifikator kann nicht verwendet werden',
        body: 'Er kann Sie nicht per PIN oder Biometrie verifizieren, was diese Website voraussetzt. Verwenden Sie ein anderes Gerät oder einen anderen Sicherheitsschlüssel.',
      },
      'not-supported': {
        title: 'Passkeys sind hier nicht verfügbar',
        body: 'Dieser Browser oder diese Verbindung unterstützt keine Passkeys. Verwenden Sie einen aktuellen Browser auf einer sicheren Seite (https).',
      },
      misconfigured: {
        title: 'Diese Website ist nicht für Passkeys eingerichtet',
        body: 'Die Passkey-Einstellungen der Website passen nicht zu ihrer Adresse. Sie können das nicht selbst beheben – bitte wenden Sie sich an den Support.',
      },
      'frame-not-allowed': {
        title: 'Passkeys sind in diesem Rahmen nicht erlaubt',
        body: 'Diese Seite wird innerhalb einer anderen Website angezeigt, die hier keine Passkeys erlaubt. Öffnen Sie sie in einem eigenen Tab oder bitten Sie den Betreiber, Passkeys in diesem Rahmen zu erlauben.',
      },
      aborted: {
        title: 'Die Passkey-Erstellung wurde unterbrochen',
        body: 'Eine andere Anfrage hat sie beendet. Versuchen Sie es erneut.',
      },
      unknown: {
        title: 'Ein unerwarteter Fehler ist aufgetreten',
        body: 'Ihr Authentifikator hat einen unerwarteten Fehler gemeldet. Versuchen Sie es erneut oder verwenden Sie einen anderen.',
      },
      forbidden: {
        title: 'Sie haben keine Berechtigung',
        body: 'Ihre Rolle erlaubt das Hinzufügen von Passkeys nicht. Bitten Sie die Administration Ihrer Organisation um Zugriff.',
      },
      unauthenticated: {
        title: 'Ihre Sitzung ist abgelaufen',
        body: 'Melden Sie sich erneut an und fügen Sie dann Ihren Passkey hinzu.',
      },
      conflict: {
        title: 'Dieser Passkey ist bereits vorhanden',
        body: 'Er ist bereits in Ihrem Konto gespeichert. Laden Sie die Seite neu, um ihn zu sehen.',
      },
      expired: {
        title: 'Die Anfrage ist abgelaufen',
        body: 'Der Vorgang hat zu lange gedauert, daher wurde nichts gespeichert. Versuchen Sie es erneut.',
      },
      'rate-limited': {
        title: 'Zu viele Versuche',
        body: 'Warten Sie eine Minute und versuchen Sie es dann erneut.',
      },
      rejected: {
        title: 'Der Passkey konnte nicht verifiziert werden',
        body: 'Der Server hat ihn nicht akzeptiert, daher wurde nichts gespeichert. Versuchen Sie es erneut.',
      },
      server: {
        title: 'Bei uns ist ein Fehler aufgetreten',
        body: 'Es wurde nichts gespeichert. Versuchen Sie es in einem Moment erneut.',
      },
      network: {
        title: 'Server nicht erreichbar',
        body: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
      },
      'invalid-response': {
        title: 'Unerwartete Antwort vom Server',
        body: 'Der Server hat eine Antwort gesendet, die nicht verarbeitet werden konnte, daher wurde nichts gespeichert. Versuchen Sie es erneut oder wenden Sie sich an den Support, falls das Problem weiterhin besteht.',
      },
      declined: {
        title: 'Auf Ihrem Smartphone abgelehnt',
        body: 'Es wurde nichts hinzugefügt. Wählen Sie eine andere Option oder versuchen Sie es erneut.',
      },
      'no-adapter': {
        title: 'Passkeys sind noch nicht angebunden',
        body: 'Diese Seite hat das Passkey-Widget noch nicht mit ihrem Server verbunden. Bitte wenden Sie sich an den Support.',
      },
      // Round 2 (#14): the phone's dead links, and a save that got no answer.
      'link-used': {
        title: 'Dieser Link wurde bereits verwendet',
        body: 'Damit wurde schon ein Passkey hinzugefügt, daher kann er nicht erneut verwendet werden. Für einen weiteren scannen Sie einen neuen Code auf Ihrem Computer.',
      },
      'link-invalid': {
        title: 'Dieser Link ist nicht mehr gültig',
        body: 'Er ist abgelaufen oder wurde auf Ihrem Computer abgebrochen. Scannen Sie einen neuen Code auf Ihrem Computer.',
      },
      'invalid-code': {
        title: 'Dieser Code hat nicht funktioniert',
        body: 'Prüfen Sie den Code und geben Sie ihn erneut ein. Codes aus einer Authenticator-App ändern sich alle 30 Sekunden.',
      },
      unconfirmed: {
        title: 'Wir konnten nicht bestätigen, ob Ihr Passkey gespeichert wurde',
        body: 'Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Passkey-Liste, bevor Sie es erneut versuchen.',
      },
    },
    tryAgain: 'Erneut versuchen',
    back: 'Zurück',
    cancel: 'Abbrechen',
    helpSummary: 'Tipps und Hilfe',
    help: [
      {
        heading: 'Schützen Sie Ihr Gerät',
        items: [
          'Verwenden Sie Face ID, Touch ID, einen Fingerabdruck oder eine sichere PIN statt eines einfachen Codes.',
          'Lassen Sie die Bildschirmsperre eingeschaltet und stellen Sie ein, dass sich das Gerät nach kurzer Zeit automatisch sperrt.',
          'Geben Sie Ihre PIN oder Ihre biometrischen Daten niemals an andere weiter.',
        ],
      },
      {
        heading: 'Synchronisierte Passkeys funktionieren auf all Ihren Geräten',
        items: [
          'iCloud Keychain, Google Password Manager, Samsung Pass, 1Password, Bitwarden, NordPass und Proton Pass stellen Ihren Passkey auf jedem Gerät bereit, das mit demselben Konto angemeldet ist, und sichern ihn.',
        ],
      },
      {
        heading: 'Sorgen Sie für Ersatz',
        items: [
          'Registrieren Sie einen zweiten Passkey, etwa einen Ersatz-Sicherheitsschlüssel, für den Fall, dass Sie ein Gerät verlieren.',
          'Meiden Sie Geräte, die Sie nicht immer bei sich haben, etwa ein gemeinsam genutztes Tablet.',
        ],
      },
      {
        heading: 'Fehlerbehebung',
        items: [
          'Die Aufforderung des Browsers erscheint nicht: Aktualisieren Sie Ihren Browser und prüfen Sie, ob eine Erweiterung oder ein Pop-up-Blocker sie verhindert.',
          'Face ID, Fingerabdruck oder PIN schlägt fehl: Versuchen Sie es erneut – mit einem sauberen Finger oder der PIN dieses Geräts.',
          'Sie werden gebeten, mit einem vorhandenen Passkey zu bestätigen: Das ist normal, sobald Sie einen haben. So kann niemand sonst Ihrem Konto einen Passkey hinzufügen.',
        ],
      },
    ],
    approvingHeading: 'Mit einem vorhandenen Passkey bestätigen',
    approvingBody:
      'Ihr Konto hat bereits einen Passkey: Bestätigen Sie den neuen damit. Bis dahin wird nichts gespeichert.',
    approve: 'Mit Passkey bestätigen',
    approvingWait: 'Warten auf Ihren vorhandenen Passkey…',
    approvalNothingSaved:
      'Die Änderung wurde nicht mit einem vorhandenen Passkey bestätigt, daher wurde nichts gespeichert.',
    handoffStarting: 'Code wird erstellt…',
    handoffHeading: 'Mit der Kamera Ihres Smartphones scannen',
    handoffSteps: [
      'Öffnen Sie die Kamera Ihres iPhones oder Android-Smartphones und richten Sie sie auf den Code.',
      'Öffnen Sie den Link und erstellen Sie den Passkey auf Ihrem Smartphone.',
      'Diese Seite aktualisiert sich automatisch, sobald Sie fertig sind.',
    ],
    handoffQrLabel: 'QR-Code mit einem Link, um einen Passkey auf Ihrem Smartphone hinzuzufügen',
    handoffCountdown: (time) => `Der Code ist noch ${time} gültig`,
    handoffExpiredHeading: 'Dieser Code ist abgelaufen',
    handoffExpiredBody:
      'Codes sind nur einmal und nur wenige Minuten gültig. Erstellen Sie einen neuen Code, um fortzufahren.',
    handoffRegenerate: 'Neuer Code',
    handoffUseBluetooth: 'Stattdessen Bluetooth verwenden',
    phoneLoading: 'Link wird geprüft…',
    phoneHeading: 'Passkey auf diesem Smartphone hinzufügen',
    phoneAccount: (account) => `Für Ihr Konto ${account}.`,
    phoneName: (name) => `Der Passkey erhält den Namen „${name}“.`,
    phoneCreate: 'Passkey auf diesem Smartphone erstellen',
    phoneDecline: 'Ablehnen',
    phoneDoneHeading: 'Fertig – kehren Sie zu Ihrem Computer zurück',
    phoneDoneBody: (name) =>
      `„${name}“ ist auf diesem Smartphone gespeichert. Die Bestätigung wird auf Ihrem Computer angezeigt.`,
    phoneDeclinedHeading: 'Abgelehnt',
    phoneDeclinedBody: 'Ihrem Konto wurde nichts hinzugefügt. Sie können diese Seite schließen.',
    // #15 design pass: calm cancels, the second prompt, the phone option, the QR view.
    calm: {
      cancelled:
        'Abgebrochen, es wurde nichts erstellt. Versuchen Sie es erneut, wenn Sie bereit sind.',
      declined:
        'Auf Ihrem Smartphone abgelehnt, es wurde nichts hinzugefügt. Wählen Sie eine andere Option oder versuchen Sie es erneut.',
      'not-confirmed':
        'Nicht mit einem vorhandenen Passkey bestätigt, daher wurde nichts gespeichert. Versuchen Sie es erneut, wenn Sie bereit sind.',
    },
    approvalAhead:
      'Wenn Sie bereits einen Passkey haben, werden Sie danach eventuell gebeten, damit zu bestätigen.',
    phoneHybridDescription:
      'Scannen Sie den QR-Code, den Ihr Browser anzeigt. Bluetooth muss eingeschaltet sein.',
    handoffBluetoothIntro: 'Der Link öffnet sich auf Ihrem Smartphone nicht?',
    handoffWarning:
      'Dieser Code läuft in weniger als 30 Sekunden ab. Wählen Sie „Mehr Zeit“ für einen neuen.',
    handoffMoreTime: 'Mehr Zeit',
  },
  credentials: {
    heading: 'Ihre Passkeys',
    summary: (total, active) =>
      `${plural('de', total, { one: '# Passkey', other: '# Passkeys' })}, davon ${new Intl.NumberFormat('de').format(active)} aktiv`,
    intro:
      'Deaktivieren Sie einen Passkey, wenn Sie das Gerät verlieren, auf dem er gespeichert ist, und aktivieren Sie ihn wieder, sobald Sie es gefunden haben.',
    add: 'Passkey hinzufügen',
    close: 'Schließen',
    loading: 'Ihre Passkeys werden geladen…',
    empty: 'Sie haben noch keinen Passkey hinzugefügt.',
    retry: 'Erneut versuchen',
    passkey: 'Passkey',
    securityKey: 'Sicherheitsschlüssel',
    synced: 'Synchronisiert',
    inactive: 'Deaktiviert',
    active: (name) => `Aktiv: ${name}`,
    activeLabel: 'Aktiv',
    added: (when) => `Hinzugefügt ${when}`,
    lastUsed: (when) => `zuletzt verwendet ${when}`,
    neverUsed: 'noch nicht verwendet',
    separator: ', ',
    rename: 'Umbenennen',
    renameLabel: 'Neuer Name',
    save: 'Speichern',
    cancel: 'Abbrechen',
    delete: 'Löschen',
    confirmDelete: (name) => `„${name}“ löschen? Dies kann nicht rückgängig gemacht werden.`,
    lastActive:
      'Dies ist Ihr einziger aktiver Passkey. Er kann daher weder deaktiviert noch gelöscht werden.',
    renamed: (name) => `Umbenannt in „${name}“.`,
    activated: (name) => `„${name}“ ist aktiviert.`,
    deactivated: (name) => `„${name}“ ist deaktiviert.`,
    deleted: (name) => `„${name}“ wurde gelöscht.`,
    nothingChanged: 'Es wurde nichts geändert.',
    approvalHeading: 'Mit einem vorhandenen Passkey bestätigen',
    approvalBody:
      'Bestätigen Sie diese Änderung zu Ihrer Sicherheit mit einem Ihrer aktiven Passkeys.',
    approve: 'Mit Passkey bestätigen',
    approvalWait: 'Warten auf Ihren Passkey…',
    registrationDisabled:
      'Sie können keine Passkeys hinzufügen, da Ihre Rolle diese Berechtigung nicht hat. Wenden Sie sich an die Administration Ihrer Organisation.',
    more: (name) => `Weitere Aktionen für „${name}“`,
    justNow: 'gerade eben',
    emptyHelp:
      'Mit einem Passkey bestätigen Sie, dass Sie es sind – per Fingerabdruck, Gesichtserkennung, Bildschirmsperre oder Sicherheitsschlüssel. Sie müssen nichts eintippen, und eine gefälschte Website kann nichts abgreifen.',
    approvalTitle: {
      rename: (name) => `Umbenennen von „${name}“ bestätigen`,
      activate: (name) => `Aktivieren von „${name}“ bestätigen`,
      deactivate: (name) => `Deaktivieren von „${name}“ bestätigen`,
      delete: (name) => `Löschen von „${name}“ bestätigen`,
    },
    refused: {
      rename:
        'Ihre Rolle erlaubt das Umbenennen von Passkeys nicht. Wenden Sie sich an die Administration Ihrer Organisation.',
      activate:
        'Ihre Rolle erlaubt das Aktivieren von Passkeys nicht. Wenden Sie sich an die Administration Ihrer Organisation.',
      deactivate:
        'Ihre Rolle erlaubt das Deaktivieren von Passkeys nicht. Wenden Sie sich an die Administration Ihrer Organisation.',
      delete:
        'Ihre Rolle erlaubt das Löschen von Passkeys nicht. Wenden Sie sich an die Administration Ihrer Organisation.',
    },
  },
  qr: {
    label: 'QR-Code',
    copy: 'Link kopieren',
    copied: 'Kopiert',
    tooLong: 'Dieser Text ist zu lang für einen QR-Code.',
    failed: 'Der QR-Code konnte nicht erstellt werden.',
  },
};
export default de;
