import type { TwoFactorLocale } from '../locale.js';

const num = (n: number) => new Intl.NumberFormat('es').format(n);

const es: TwoFactorLocale = {
  dir: 'ltr',
  shell: {
    tablist: 'Métodos de inicio de sesión',
    tabs: {
      passkey: 'Llaves de acceso',
      totp: 'App de autenticación',
      recovery: 'Códigos de recuperación',
    },
  },
  recovery: {
    heading: 'Códigos de recuperación',
    intro:
      'Si no puede usar su llave de acceso ni su app de autenticación, inicie sesión con un código de recuperación. Cada código sirve una sola vez.',
    loading: 'Cargando sus códigos de recuperación…',
    notSetUp: 'Sin configurar',
    notSetUpBody:
      'Genere un conjunto de códigos y guárdelo en un lugar seguro, como un gestor de contraseñas o una copia impresa.',
    generate: 'Generar códigos',
    remaining: (left, total) =>
      left === 1
        ? `Queda ${num(left)} de ${num(total)} códigos`
        : `Quedan ${num(left)} de ${num(total)} códigos`,
    low: 'Le quedan pocos códigos. Genere un conjunto nuevo para no quedarse sin acceso.',
    regenerate: 'Generar códigos nuevos',
    regenerateTitle: '¿Sustituir sus códigos de recuperación?',
    regenerateBody:
      'En cuanto guarde el conjunto nuevo, todos sus códigos actuales dejarán de funcionar, incluidos los que haya anotado.',
    continue: 'Continuar',
    cancel: 'Cancelar',
    preparing: 'Preparando…',
    approvalTitle: 'Confirme que es usted',
    approvalBody:
      'Apruebe con una de sus llaves de acceso para crear códigos de recuperación nuevos.',
    approve: 'Aprobar',
    approvalWait: 'Siga las indicaciones de su navegador…',
    generating: 'Generando sus códigos…',
    codesTitle: 'Guarde sus códigos de recuperación',
    codesBody:
      'Esta es la única vez que se muestran. Guárdelos en un lugar seguro: cada código se puede usar una vez.',
    codesLabel: 'Sus códigos de recuperación',
    copy: 'Copiar todos',
    copied: 'Códigos copiados al portapapeles.',
    copyFailed: 'No se pudieron copiar. Descárguelos o imprímalos.',
    download: 'Descargar',
    downloaded: 'Códigos descargados en un archivo de texto.',
    print: 'Imprimir',
    sheetTitle: (site) => `Códigos de recuperación de ${site}`,
    sheetNote: (date) => `Creados el ${date}. Cada código se puede usar una vez.`,
    fileName: 'codigos-de-recuperacion',
    saved: 'He guardado estos códigos en un lugar seguro',
    savedMissing: 'Marque la casilla cuando haya guardado los códigos.',
    done: 'Listo',
    confirming: 'Guardando…',
    keepsOld: 'Hasta que pulse «Listo», sus códigos actuales siguen funcionando.',
    notSavedYet: 'Hasta que pulse «Listo», estos códigos no se activan.',
    ready: (total) => `Sus ${num(total)} códigos de recuperación nuevos ya se pueden usar.`,
    nothingChanged: 'No se ha cambiado nada.',
    retry: 'Reintentar',
    back: 'Volver',
    statusError: {
      title: 'No se pudieron cargar sus códigos de recuperación',
      body: 'Algo ha fallado por nuestra parte. Inténtelo de nuevo en un momento.',
    },
    errors: {
      forbidden: {
        title: 'No tiene permiso',
        body: 'Su rol no permite cambiar los códigos de recuperación. Consulte al administrador de su organización.',
      },
      unauthenticated: {
        title: 'Su sesión ha caducado',
        body: 'Vuelva a iniciar sesión y regrese aquí. No se ha cambiado nada.',
      },
      conflict: {
        title: 'Sus códigos de recuperación han cambiado mientras tanto',
        body: 'Se cambiaron en otra ventana. Vuelva atrás para ver su estado actual.',
      },
      expired: {
        title: 'Estos códigos han caducado',
        body: 'No se confirmaron a tiempo, así que nunca se activaron: deseche cualquier copia que haya guardado o impreso. Sus códigos actuales, si los tiene, siguen funcionando. Genere un conjunto nuevo.',
      },
      'rate-limited': {
        title: 'Demasiados intentos',
        body: 'Espere un minuto y vuelva a intentarlo. No se ha cambiado nada.',
      },
      server: {
        title: 'Algo ha fallado por nuestra parte',
        body: 'No se ha cambiado nada. Inténtelo de nuevo en un momento.',
      },
      network: {
        title: 'No se puede conectar con el servidor',
        body: 'Compruebe su conexión y vuelva a intentarlo. No se ha cambiado nada.',
      },
      'invalid-response': {
        title: 'Respuesta inesperada del servidor',
        body: 'No pudimos usar la respuesta del servidor, así que no se ha cambiado nada. Vuelva a intentarlo o contacte con el soporte si sigue ocurriendo.',
      },
      approval: {
        title: 'La aprobación no se completó',
        body: 'Su llave de acceso no aprobó los códigos nuevos, así que no se ha cambiado nada. Vuelva a intentarlo con una llave de acceso guardada en esta cuenta.',
      },
    },
  },
};

export default es;
