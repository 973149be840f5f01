import type { TotpLocale } from '../strings.js';

const fr: TotpLocale = {
  dir: 'ltr',
  totp: {
    heading: 'Application d’authentification',
    loading: 'Vérification de votre application d’authentification…',
    offBody:
      'Obtenez un code de connexion depuis une application sur votre téléphone, comme Google Authenticator, Microsoft Authenticator ou 1Password. Elle fonctionne même sans connexion Internet.',
    setUp: 'Configurer une application d’authentification',
    approvingHeading: 'Confirmez avec votre clé d’accès',
    approvingBody: {
      'totp-setup':
        'Pour configurer une application d’authentification, confirmez votre identité avec l’une de vos clés d’accès.',
      'totp-remove':
        'Pour supprimer votre application d’authentification, confirmez votre identité avec l’une de vos clés d’accès.',
    },
    approve: 'Confirmer avec une clé d’accès',
    approvingWait: 'En attente de votre clé d’accès…',
    starting: 'Création de votre clé…',
    scanHeading: 'Scannez le code QR avec votre application',
    scanSteps: [
      'Ouvrez votre application d’authentification et choisissez d’ajouter un compte.',
      'Scannez ce code QR avec elle.',
      'Saisissez le code affiché par l’application.',
    ],
    qrLabel: 'Code QR pour votre application d’authentification',
    account: (account) => `Compte : ${account}`,
    manualSummary: 'Impossible de scanner ? Saisissez la clé',
    manualBody:
      'Dans votre application, choisissez de saisir une clé de configuration, puis tapez cette clé :',
    keyDetails: (digits) => `Basée sur l’heure, ${digits} chiffres.`,
    copy: 'Copier la clé',
    copied: 'Clé copiée',
    codeLabel: 'Code de l’application',
    codeHint: (digits) => `Le code à ${digits} chiffres que votre application affiche maintenant.`,
    codeProblem: (digits) => `Saisissez les ${digits} chiffres affichés par votre application.`,
    nameLabel: 'Nom (facultatif)',
    nameHint:
      'Pour la reconnaître plus tard, par exemple « Google Authenticator sur mon téléphone ».',
    nameProblems: {
      'too-long': 'Utilisez 64 caractères au maximum.',
      'forbidden-characters': 'Retirez du nom les caractères de contrôle ou de direction du texte.',
    },
    verify: 'Vérifier et activer',
    verifying: 'Vérification du code…',
    cancel: 'Annuler',
    addedHeading: 'Application d’authentification configurée',
    addedBody:
      'Vous pouvez désormais vous connecter avec un code de votre application d’authentification.',
    addedBodyNamed: (name) => `Vous pouvez désormais vous connecter avec un code de ${name}.`,
    done: 'Terminé',
    onBody: 'Vous pouvez vous connecter avec un code de cette application.',
    unnamed: 'Application d’authentification',
    addedOn: (date) => `Ajoutée le ${date}`,
    remove: 'Supprimer',
    removeHeading: 'Supprimer l’application d’authentification ?',
    removeBody:
      'Ses codes ne permettront plus de vous connecter. Vous pourrez configurer une application à nouveau à tout moment.',
    removeConfirm: 'Supprimer l’application',
    removing: 'Suppression de l’application d’authentification…',
    notices: {
      cancelled: 'Rien n’a été modifié.',
      removed: 'L’application d’authentification a été supprimée.',
      'already-set-up': 'Une application d’authentification est déjà configurée pour votre compte.',
    },
    errors: {
      network: {
        title: 'Impossible de joindre le serveur',
        body: 'Vérifiez votre connexion, puis réessayez.',
      },
      server: {
        title: 'Un problème est survenu de notre côté',
        body: 'Rien n’a été modifié. Réessayez dans un instant.',
      },
      'invalid-response': {
        title: 'Réponse inattendue du serveur',
        body: 'Le serveur a envoyé une réponse inexploitable, rien n’a donc été enregistré. Réessayez, ou contactez l’assistance si le problème persiste.',
      },
      unauthenticated: {
        title: 'Votre session a expiré',
        body: 'Reconnectez-vous, puis configurez votre application d’authentification.',
      },
      forbidden: {
        title: 'Vous n’avez pas l’autorisation',
        body: 'Votre compte ne peut pas modifier son application d’authentification. Adressez-vous à l’administrateur de votre organisation.',
      },
      'no-adapter': {
        title: 'Les applications d’authentification ne sont pas encore reliées',
        body: 'Cette page n’a pas encore relié le widget à son serveur. Veuillez contacter l’assistance.',
      },
    },
    setupErrors: {
      expired: {
        title: 'La configuration a expiré',
        body: 'Elle a pris trop de temps, rien n’a donc été enregistré. Recommencez pour obtenir un nouveau code QR, et supprimez l’ancienne entrée de votre application.',
      },
      'rate-limited': {
        title: 'Trop de tentatives',
        body: 'Patientez une minute, puis saisissez le code que votre application affiche à ce moment-là.',
      },
      'invalid-code': {
        title: 'Ce code n’a pas fonctionné',
        body: 'Saisissez le code que votre application affiche maintenant. Les codes changent toutes les 30 secondes.',
      },
      approval: {
        title: 'Votre clé d’accès n’a pas pu le confirmer',
        body: 'Rien n’a été modifié. Réessayez, ou utilisez une autre de vos clés d’accès.',
      },
    },
    tryAgain: 'Réessayer',
    startAgain: 'Recommencer',
    back: 'Retour',
  },
};

export default fr;
