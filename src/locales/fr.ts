import { plural } from '../plural.js';
import type { PasskeyLocale } from '../locale.js';

const fr: PasskeyLocale = {
  dir: 'ltr',
  register: {
    nameHeading: 'Nommez votre appareil',
    nameLabel: 'Nom de l’appareil',
    nameHint:
      'Choisissez un nom clair et précis pour distinguer vos clés d’accès, par exemple « MacBook Pro (Travail) », « YubiKey de secours » ou « Clé Google Titan ».',
    nameProblems: {
      empty: 'Saisissez un nom pour cette clé d’accès.',
      'too-long': 'Utilisez 64 caractères au maximum.',
      'forbidden-characters':
        'Supprimez du nom les caractères de contrôle ou de direction du texte.',
    },
    register: 'Enregistrer',
    suggestedName: (browser, os) => `${browser} sur ${os}`,
    fetchingHeading: 'Préparation…',
    chooseHeading: 'Où souhaitez-vous enregistrer votre clé d’accès ?',
    chooseIntro:
      'Votre clé d’accès est un second facteur qui reste sur l’appareil ou la clé de votre choix.',
    choices: {
      'this-device': {
        label: 'Cet appareil ou un gestionnaire de mots de passe',
        description:
          'Face ID, Touch ID, Windows Hello, empreinte digitale ou code PIN, ou un gestionnaire de mots de passe.',
      },
      phone: {
        label: 'iPhone, iPad ou téléphone Android',
        description: 'Scannez un code QR avec l’appareil photo de votre téléphone.',
      },
      'security-key': {
        label: 'Clé de sécurité',
        description: 'Une clé FIDO2 comme YubiKey, Google Titan ou Token2, en USB ou NFC.',
      },
    },
    unavailable: {
      'no-platform':
        'Indisponible : configurez d’abord un verrouillage d’écran ou un gestionnaire de mots de passe sur cet appareil.',
      'no-hybrid': 'Le Bluetooth semble désactivé. Activez-le ou choisissez une autre option.',
    },
    waiting: {
      'this-device': {
        heading: 'Suivez les instructions de votre navigateur',
        steps: [
          'Confirmez avec Face ID, Touch ID, Windows Hello, votre empreinte digitale ou le code PIN de votre appareil.',
          'Si votre gestionnaire de mots de passe propose d’enregistrer la clé d’accès, acceptez.',
        ],
      },
      phone: {
        heading: 'Utilisez votre téléphone',
        steps: [
          'Votre navigateur affiche un code QR. Ouvrez l’appareil photo de votre téléphone et pointez-le vers le code.',
          'Laissez le Bluetooth activé, sur votre téléphone comme sur cet ordinateur.',
          'Sur votre téléphone, touchez l’option de création de la clé d’accès, puis confirmez avec Face ID, votre empreinte digitale ou votre code PIN.',
        ],
      },
      'security-key': {
        heading: 'Utilisez votre clé de sécurité',
        steps: [
          'Insérez votre clé de sécurité dans un port USB ou approchez-la du lecteur NFC.',
          'Saisissez le code PIN de la clé s’il vous est demandé.',
          'Touchez le bouton ou le capteur de la clé.',
        ],
      },
    },
    waitingStatus: 'En attente de votre confirmation…',
    verifyingHeading: 'Enregistrement de votre clé d’accès…',
    successHeading: 'Clé d’accès enregistrée',
    successBody: (name) =>
      `La clé d’accès « ${name} » est prête à être utilisée comme second facteur.`,
    successProvider: (provider) => `Enregistrée dans ${provider}.`,
    addAnother: 'Ajouter une autre clé d’accès',
    errors: {
      cancelled: {
        title: 'Clé d’accès non créée',
        body: 'La demande a été annulée ou n’a pas été approuvée. Vous pouvez réessayer dès que vous le souhaitez.',
      },
      timeout: {
        title: 'Le délai de la demande a expiré',
        body: 'Rien n’a été confirmé à temps. Réessayez et validez la demande dès qu’elle apparaît.',
      },
      'already-registered': {
        title: 'Déjà enregistrée',
        body: 'Cet appareil ou cette clé contient déjà une clé d’accès pour votre compte. Choisissez un autre appareil ou une autre clé, ou continuez d’utiliser votre clé d’accès actuelle.',
      },
      'unsupported-authenticator': {
        title: 'Cet authentificateur ne peut pas être utilisé',
        body: 'Il ne permet pas de vérifier votre identité par code PIN ou biométrie, ce qu’exige ce site. Essayez un autre appareil ou une autre clé de sécurité.',
      },
      'not-supported': {
        title: 'Les clés d’accès ne sont pas disponibles ici',
        body: 'Ce navigateur ou cette connexion ne prend pas en charge les clés d’accès. Utilisez un navigateur à jour sur une page sécurisée (https).',
      },
      misconfigured: {
        title: 'Ce site n’est pas configuré pour les clés d’accès',
        body: 'Les paramètres de clés d’accès du site ne correspondent pas à son adresse. Vous ne pouvez pas corriger ce problème vous-même : veuillez contacter l’assistance.',
      },
      'frame-not-allowed': {
        title: 'Les clés d’accès ne sont pas autorisées dans ce cadre',
        body: 'Cette page est affichée dans un autre site qui n’y autorise pas les clés d’accès. Ouvrez-la dans un onglet à part, ou demandez au site d’autoriser les clés d’accès dans ce cadre.',
      },
      aborted: {
        title: 'La création de la clé d’accès a été interrompue',
        body: 'Une autre demande l’a arrêtée. Réessayez.',
      },
      unknown: {
        title: 'Une erreur s’est produite',
        body: 'Votre authentificateur a signalé une erreur inattendue. Réessayez ou utilisez-en un autre.',
      },
      forbidden: {
        title: 'Vous n’avez pas l’autorisation',
        body: 'Votre rôle ne permet pas d’ajouter des clés d’accès. Demandez l’accès à l’administrateur de votre organisation.',
      },
      unauthenticated: {
        title: 'Votre session a expiré',
        body: 'Reconnectez-vous, puis ajoutez votre clé d’accès.',
      },
      conflict: {
        title: 'Cette clé d’accès existe déjà',
        body: 'Elle est déjà enregistrée dans votre compte. Actualisez la page pour l’afficher.',
      },
      expired: {
        title: 'La demande a expiré',
        body: 'L’opération a pris trop de temps, rien n’a donc été enregistré. Réessayez.',
      },
      'rate-limited': {
        title: 'Trop de tentatives',
        body: 'Patientez une minute, puis réessayez.',
      },
      rejected: {
        title: 'La clé d’accès n’a pas pu être vérifiée',
        body: 'Le serveur ne l’a pas acceptée, rien n’a donc été enregistré. Réessayez.',
      },
      server: {
        title: 'Un problème est survenu de notre côté',
        body: 'Rien n’a été enregistré. Réessayez dans un instant.',
      },
      network: {
        title: 'Impossible de joindre le serveur',
        body: 'Vérifiez votre connexion, puis réessayez.',
      },
      'invalid-response': {
        title: 'Réponse inattendue du serveur',
        body: 'Le serveur a envoyé une réponse inexploitable, rien n’a donc été enregistré. Réessayez, ou contactez l’assistance si le problème persiste.',
      },
      declined: {
        title: 'Demande refusée sur votre téléphone',
        body: 'Rien n’a été ajouté. Choisissez une autre option ou réessayez.',
      },
      'no-adapter': {
        title: 'Les clés d’accès ne sont pas encore connectées',
        body: 'Cette page n’a pas encore relié le module de clés d’accès à son serveur. Veuillez contacter l’assistance.',
      },
      // Round 2 (#14): the phone's dead links, and a save that got no answer.
      'link-used': {
        title: 'Ce lien a déjà été utilisé',
        body: 'Il a déjà servi à ajouter une clé d’accès et ne peut pas être réutilisé. Pour en ajouter une autre, scannez un nouveau code sur votre ordinateur.',
      },
      'link-invalid': {
        title: 'Ce lien n’est plus valide',
        body: 'Il a expiré ou a été annulé sur votre ordinateur. Scannez un nouveau code sur votre ordinateur.',
      },
      'invalid-code': {
        title: 'Ce code n’a pas fonctionné',
        body: 'Vérifiez le code et saisissez-le à nouveau. Les codes d’une application d’authentification changent toutes les 30 secondes.',
      },
      unconfirmed: {
        title: 'Nous n’avons pas pu confirmer l’enregistrement de votre clé d’accès',
        body: 'Le serveur n’a pas répondu à temps. Vérifiez votre liste de clés d’accès avant de réessayer.',
      },
    },
    tryAgain: 'Réessayer',
    back: 'Retour',
    cancel: 'Annuler',
    helpSummary: 'Conseils et aide',
    help: [
      {
        heading: 'Protégez votre appareil',
        items: [
          'Utilisez Face ID, Touch ID, une empreinte digitale ou un code PIN robuste plutôt qu’un code simple.',
          'Gardez le verrouillage d’écran activé et laissez l’appareil se verrouiller automatiquement après un court délai.',
          'Ne partagez jamais votre code PIN ni vos données biométriques avec qui que ce soit.',
        ],
      },
      {
        heading: 'Les clés d’accès synchronisées fonctionnent sur tous vos appareils',
        items: [
          'iCloud Keychain, Google Password Manager, Samsung Pass, 1Password, Bitwarden, NordPass et Proton Pass conservent votre clé d’accès sur chaque appareil connecté au même compte, et la sauvegardent.',
        ],
      },
      {
        heading: 'Prévoyez une solution de secours',
        items: [
          'Enregistrez une deuxième clé d’accès, par exemple une clé de sécurité de secours, au cas où vous perdriez un appareil.',
          'Évitez les appareils que vous n’avez pas toujours avec vous, comme une tablette partagée.',
        ],
      },
      {
        heading: 'Dépannage',
        items: [
          'La fenêtre du navigateur n’apparaît pas : mettez à jour votre navigateur et vérifiez qu’aucune extension ni aucun bloqueur de fenêtres pop-up ne l’empêche.',
          'Échec de Face ID, de l’empreinte digitale ou du code PIN : réessayez avec un doigt propre ou le code PIN de cet appareil.',
          'On vous demande de confirmer avec une clé d’accès existante : c’est normal dès que vous en avez une. Personne d’autre ne peut ainsi ajouter de clé d’accès à votre compte.',
        ],
      },
    ],
    approvingHeading: 'Confirmez avec une clé d’accès existante',
    approvingBody:
      'Votre compte a déjà une clé d’accès : confirmez la nouvelle avec elle. Rien n’est enregistré avant.',
    approve: 'Confirmer avec une clé d’accès',
    approvingWait: 'En attente de votre clé d’accès existante…',
    approvalNothingSaved:
      'La modification n’a pas été confirmée avec une clé d’accès existante, rien n’a donc été enregistré.',
    handoffStarting: 'Création d’un code…',
    handoffHeading: 'Scannez avec l’appareil photo de votre téléphone',
    handoffSteps: [
      'Ouvrez l’appareil photo de votre iPhone ou de votre téléphone Android et pointez-le vers le code.',
      'Ouvrez le lien et créez la clé d’accès sur votre téléphone.',
      'Cette page se met à jour automatiquement une fois que vous avez terminé.',
    ],
    handoffQrLabel: 'Code QR contenant un lien pour ajouter une clé d’accès sur votre téléphone',
    handoffCountdown: (time) => `Le code expire dans ${time}`,
    handoffExpiredHeading: 'Ce code a expiré',
    handoffExpiredBody:
      'Chaque code ne fonctionne qu’une seule fois, et seulement pendant quelques minutes. Créez-en un nouveau pour continuer.',
    handoffRegenerate: 'Nouveau code',
    handoffUseBluetooth: 'Utiliser plutôt le Bluetooth',
    phoneLoading: 'Vérification du lien…',
    phoneHeading: 'Ajouter une clé d’accès sur ce téléphone',
    phoneAccount: (account) => `Pour votre compte ${account}.`,
    phoneName: (name) => `Elle sera nommée « ${name} ».`,
    phoneCreate: 'Créer la clé d’accès sur ce téléphone',
    phoneDecline: 'Refuser',
    phoneDoneHeading: 'Terminé — revenez à votre ordinateur',
    phoneDoneBody: (name) =>
      `La clé d’accès « ${name} » est enregistrée sur ce téléphone. La confirmation s’affiche sur votre ordinateur.`,
    phoneDeclinedHeading: 'Demande refusée',
    phoneDeclinedBody: 'Rien n’a été ajouté à votre compte. Vous pouvez fermer cette page.',
    // #15 design pass: calm cancels, the second prompt, the phone option, the QR view.
    calm: {
      cancelled: 'Annulé : rien n’a été créé. Réessayez quand vous serez prêt.',
      declined:
        'Refusé sur votre téléphone : rien n’a été ajouté. Choisissez une autre option ou réessayez.',
      'not-confirmed':
        'Non confirmé avec une clé d’accès existante : rien n’a été enregistré. Réessayez quand vous serez prêt.',
    },
    approvalAhead:
      'Si vous avez déjà une clé d’accès, il se peut qu’on vous demande ensuite de confirmer avec elle.',
    phoneHybridDescription:
      'Scannez le code QR affiché par votre navigateur. Le Bluetooth doit être activé.',
    handoffBluetoothIntro: 'Le lien ne s’ouvre pas sur votre téléphone ?',
    handoffWarning:
      'Ce code expire dans moins de 30 secondes. Choisissez « Plus de temps » pour en obtenir un nouveau.',
    handoffMoreTime: 'Plus de temps',
  },
  credentials: {
    heading: 'Vos clés d’accès',
    summary: (total, active) =>
      `${plural('fr', total, { one: '# clé d’accès', many: '# de clés d’accès', other: '# clés d’accès' })}, dont ${plural('fr', active, { one: '# active', other: '# actives' })}`,
    intro:
      'Désactivez une clé d’accès si vous perdez l’appareil qui la contient ; réactivez-la lorsque vous le retrouvez.',
    add: 'Ajouter une clé d’accès',
    close: 'Fermer',
    loading: 'Chargement de vos clés d’accès…',
    empty: 'Vous n’avez pas encore ajouté de clé d’accès.',
    retry: 'Réessayer',
    passkey: 'Clé d’accès',
    securityKey: 'Clé de sécurité',
    synced: 'Synchronisée',
    inactive: 'Désactivée',
    active: (name) => `Active : ${name}`,
    activeLabel: 'Active',
    added: (when) => `Ajoutée ${when}`,
    lastUsed: (when) => `dernière utilisation ${when}`,
    neverUsed: 'pas encore utilisée',
    separator: ', ',
    rename: 'Renommer',
    renameLabel: 'Nouveau nom',
    save: 'Enregistrer',
    cancel: 'Annuler',
    delete: 'Supprimer',
    confirmDelete: (name) => `Supprimer « ${name} » ? Cette action est irréversible.`,
    lastActive:
      'C’est votre seule clé d’accès active : elle ne peut donc être ni désactivée ni supprimée.',
    renamed: (name) => `Renommée en « ${name} ».`,
    activated: (name) => `La clé d’accès « ${name} » est activée.`,
    deactivated: (name) => `La clé d’accès « ${name} » est désactivée.`,
    deleted: (name) => `La clé d’accès « ${name} » a été supprimée.`,
    nothingChanged: 'Aucune modification n’a été effectuée.',
    approvalHeading: 'Confirmez avec une clé d’accès existante',
    approvalBody:
      'Pour votre sécurité, confirmez cette modification avec l’une de vos clés d’accès actives.',
    approve: 'Confirmer avec une clé d’accès',
    approvalWait: 'En attente de votre clé d’accès…',
    registrationDisabled:
      'Vous ne pouvez pas ajouter de clés d’accès : votre rôle ne dispose pas de cette autorisation. Adressez-vous à l’administrateur de votre organisation.',
    more: (name) => `Autres actions pour « ${name} »`,
    justNow: 'à l’instant',
    emptyHelp:
      'Une clé d’accès vous permet de confirmer votre identité avec votre empreinte, votre visage, le verrouillage de votre écran ou une clé de sécurité : rien à saisir, et rien qu’un faux site puisse dérober.',
    approvalTitle: {
      rename: (name) => `Confirmer le renommage de « ${name} »`,
      activate: (name) => `Confirmer l’activation de « ${name} »`,
      deactivate: (name) => `Confirmer la désactivation de « ${name} »`,
      delete: (name) => `Confirmer la suppression de « ${name} »`,
    },
    refused: {
      rename:
        'Votre rôle ne permet pas de renommer les clés d’accès. Demandez l’accès à l’administrateur de votre organisation.',
      activate:
        'Votre rôle ne permet pas d’activer les clés d’accès. Demandez l’accès à l’administrateur de votre organisation.',
      deactivate:
        'Votre rôle ne permet pas de désactiver les clés d’accès. Demandez l’accès à l’administrateur de votre organisation.',
      delete:
        'Votre rôle ne permet pas de supprimer les clés d’accès. Demandez l’accès à l’administrateur de votre organisation.',
    },
  },
  qr: {
    label: 'Code QR',
    copy: 'Copier le lien',
    copied: 'Copié',
    tooLong: 'Ce texte est trop long pour un code QR.',
    failed: 'Le code QR n’a pas pu être généré.',
  },
};
export default fr;
