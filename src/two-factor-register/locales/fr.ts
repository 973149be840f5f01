import type { TwoFactorLocale } from '../locale.js';

const num = (n: number) => new Intl.NumberFormat('fr').format(n);

const fr: TwoFactorLocale = {
  dir: 'ltr',
  shell: {
    tablist: 'Méthodes de connexion',
    tabs: {
      passkey: 'Clés d’accès',
      totp: 'Application d’authentification',
      recovery: 'Codes de récupération',
    },
  },
  recovery: {
    heading: 'Codes de récupération',
    intro:
      'Si vous ne pouvez pas utiliser votre clé d’accès ou votre application d’authentification, connectez-vous avec un code de récupération. Chaque code ne fonctionne qu’une fois.',
    loading: 'Chargement de vos codes de récupération…',
    notSetUp: 'Non configurés',
    notSetUpBody:
      'Générez une série de codes et conservez-la en lieu sûr, par exemple dans un gestionnaire de mots de passe ou sur papier.',
    generate: 'Générer des codes',
    remaining: (left, total) =>
      left > 1
        ? `${num(left)} codes restants sur ${num(total)}`
        : `${num(left)} code restant sur ${num(total)}`,
    low: 'Il vous reste peu de codes. Générez une nouvelle série pour ne pas perdre l’accès à votre compte.',
    regenerate: 'Générer de nouveaux codes',
    regenerateTitle: 'Remplacer vos codes de récupération ?',
    regenerateBody:
      'Dès que vous aurez enregistré la nouvelle série, tous vos codes actuels cesseront de fonctionner, y compris ceux que vous avez notés.',
    continue: 'Continuer',
    cancel: 'Annuler',
    preparing: 'Préparation…',
    approvalTitle: 'Confirmez votre identité',
    approvalBody:
      'Approuvez avec l’une de vos clés d’accès pour créer de nouveaux codes de récupération.',
    approve: 'Approuver',
    approvalWait: 'Suivez les instructions de votre navigateur…',
    generating: 'Génération de vos codes…',
    codesTitle: 'Enregistrez vos codes de récupération',
    codesBody:
      'Ils ne s’afficheront qu’une seule fois. Conservez-les en lieu sûr : chaque code ne peut servir qu’une fois.',
    codesLabel: 'Vos codes de récupération',
    copy: 'Tout copier',
    copied: 'Codes copiés dans le presse-papiers.',
    copyFailed: 'Impossible de les copier. Téléchargez-les ou imprimez-les plutôt.',
    download: 'Télécharger',
    downloaded: 'Codes téléchargés dans un fichier texte.',
    print: 'Imprimer',
    sheetTitle: (site) => `Codes de récupération pour ${site}`,
    sheetNote: (date) => `Créés le ${date}. Chaque code ne peut servir qu’une fois.`,
    fileName: 'codes-de-recuperation',
    saved: 'J’ai enregistré ces codes en lieu sûr',
    savedMissing: 'Cochez la case une fois les codes enregistrés.',
    done: 'Terminé',
    confirming: 'Enregistrement…',
    keepsOld:
      'Tant que vous n’avez pas cliqué sur « Terminé », vos codes actuels restent valables.',
    notSavedYet: 'Tant que vous n’avez pas cliqué sur « Terminé », ces codes ne sont pas activés.',
    ready: (total) => `Vos ${num(total)} nouveaux codes de récupération sont prêts.`,
    nothingChanged: 'Rien n’a été modifié.',
    retry: 'Réessayer',
    back: 'Retour',
    statusError: {
      title: 'Impossible de charger vos codes de récupération',
      body: 'Un problème est survenu de notre côté. Réessayez dans un instant.',
    },
    errors: {
      forbidden: {
        title: 'Vous n’avez pas l’autorisation',
        body: 'Votre rôle ne permet pas de modifier les codes de récupération. Adressez-vous à l’administrateur de votre organisation.',
      },
      unauthenticated: {
        title: 'Votre session a expiré',
        body: 'Reconnectez-vous, puis revenez ici. Rien n’a été modifié.',
      },
      conflict: {
        title: 'Vos codes de récupération ont changé entre-temps',
        body: 'Ils ont été modifiés dans une autre fenêtre. Revenez en arrière pour voir où ils en sont.',
      },
      expired: {
        title: 'Ces codes ont expiré',
        body: 'Ils n’ont pas été confirmés à temps et n’ont donc jamais été activés : jetez toute copie enregistrée ou imprimée. Vos codes actuels, le cas échéant, restent valables. Générez une nouvelle série.',
      },
      'rate-limited': {
        title: 'Trop de tentatives',
        body: 'Patientez une minute, puis réessayez. Rien n’a été modifié.',
      },
      server: {
        title: 'Un problème est survenu de notre côté',
        body: 'Rien n’a été modifié. Réessayez dans un instant.',
      },
      network: {
        title: 'Impossible de joindre le serveur',
        body: 'Vérifiez votre connexion, puis réessayez. Rien n’a été modifié.',
      },
      'invalid-response': {
        title: 'Réponse inattendue du serveur',
        body: 'La réponse du serveur était inutilisable, donc rien n’a été modifié. Réessayez, ou contactez l’assistance si le problème persiste.',
      },
      approval: {
        title: 'L’approbation n’a pas abouti',
        body: 'Votre clé d’accès n’a pas approuvé les nouveaux codes, donc rien n’a été modifié. Réessayez avec une clé d’accès enregistrée sur ce compte.',
      },
    },
  },
};

export default fr;
