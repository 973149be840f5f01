import type { TotpLocale } from '../strings.js';

const es: TotpLocale = {
  dir: 'ltr',
  totp: {
    heading: 'App de autenticación',
    loading: 'Comprobando su app de autenticación…',
    offBody:
      'Obtenga un código de inicio de sesión desde una app de su teléfono, como Google Authenticator, Microsoft Authenticator o 1Password. Funciona sin conexión a internet.',
    setUp: 'Configurar app de autenticación',
    approvingHeading: 'Confirme con su llave de acceso',
    approvingBody: {
      'totp-setup':
        'Para configurar una app de autenticación, confirme su identidad con una de sus llaves de acceso.',
      'totp-remove':
        'Para quitar su app de autenticación, confirme su identidad con una de sus llaves de acceso.',
    },
    approve: 'Confirmar con una llave de acceso',
    approvingWait: 'Esperando su llave de acceso…',
    starting: 'Creando su clave…',
    scanHeading: 'Escanee el código QR con su app',
    scanSteps: [
      'Abra su app de autenticación y elija añadir una cuenta.',
      'Escanee este código QR con ella.',
      'Introduzca el código que muestra la app.',
    ],
    qrLabel: 'Código QR para su app de autenticación',
    account: (account) => `Cuenta: ${account}`,
    manualSummary: '¿No puede escanearlo? Introduzca la clave',
    manualBody: 'En su app, elija introducir una clave de configuración y escriba esta clave:',
    keyDetails: (digits) => `Basada en el tiempo, ${digits} dígitos.`,
    copy: 'Copiar clave',
    copied: 'Clave copiada',
    codeLabel: 'Código de la app',
    codeHint: (digits) => `El código de ${digits} dígitos que muestra ahora su app.`,
    codeProblem: (digits) => `Introduzca los ${digits} dígitos que muestra su app.`,
    nameLabel: 'Nombre (opcional)',
    nameHint: 'Para distinguirla más adelante, por ejemplo, «Google Authenticator en mi teléfono».',
    nameProblems: {
      'too-long': 'Use 64 caracteres como máximo.',
      'forbidden-characters':
        'Quite del nombre los caracteres de control o de dirección del texto.',
    },
    verify: 'Verificar y activar',
    verifying: 'Comprobando el código…',
    cancel: 'Cancelar',
    addedHeading: 'App de autenticación configurada',
    addedBody: 'A partir de ahora puede iniciar sesión con un código de su app de autenticación.',
    addedBodyNamed: (name) => `A partir de ahora puede iniciar sesión con un código de ${name}.`,
    done: 'Listo',
    onBody: 'Puede iniciar sesión con un código de esta app.',
    unnamed: 'App de autenticación',
    addedOn: (date) => `Añadida el ${date}`,
    remove: 'Quitar',
    removeHeading: '¿Quitar la app de autenticación?',
    removeBody:
      'Sus códigos dejarán de servir para iniciar sesión. Puede volver a configurar una app en cualquier momento.',
    removeConfirm: 'Quitar app',
    removing: 'Quitando la app de autenticación…',
    notices: {
      cancelled: 'No se ha cambiado nada.',
      removed: 'Se ha quitado la app de autenticación.',
      'already-set-up': 'Su cuenta ya tiene configurada una app de autenticación.',
    },
    errors: {
      network: {
        title: 'No se puede conectar con el servidor',
        body: 'Compruebe su conexión y vuelva a intentarlo.',
      },
      server: {
        title: 'Algo ha fallado por nuestra parte',
        body: 'No se ha cambiado nada. Vuelva a intentarlo en un momento.',
      },
      'invalid-response': {
        title: 'Respuesta inesperada del servidor',
        body: 'El servidor envió una respuesta que no pudimos utilizar, así que no se guardó nada. Vuelva a intentarlo o, si sigue ocurriendo, póngase en contacto con el servicio de soporte.',
      },
      unauthenticated: {
        title: 'Su sesión ha caducado',
        body: 'Vuelva a iniciar sesión y, después, configure su app de autenticación.',
      },
      forbidden: {
        title: 'No tiene permiso',
        body: 'Su cuenta no puede cambiar su app de autenticación. Consulte al administrador de su organización.',
      },
      'no-adapter': {
        title: 'Las apps de autenticación aún no están conectadas',
        body: 'Esta página aún no ha conectado el widget con su servidor. Póngase en contacto con el servicio de soporte.',
      },
    },
    setupErrors: {
      expired: {
        title: 'La configuración ha caducado',
        body: 'Ha tardado demasiado, así que no se guardó nada. Empiece de nuevo para obtener un código QR nuevo y borre la entrada anterior de su app.',
      },
      'rate-limited': {
        title: 'Demasiados intentos',
        body: 'Espere un minuto y, después, introduzca el código que muestre su app en ese momento.',
      },
      'invalid-code': {
        title: 'Ese código no ha funcionado',
        body: 'Introduzca el código que muestra ahora su app. Los códigos cambian cada 30 segundos.',
      },
      approval: {
        title: 'Su llave de acceso no pudo confirmarlo',
        body: 'No se ha cambiado nada. Vuelva a intentarlo o use otra de sus llaves de acceso.',
      },
    },
    tryAgain: 'Volver a intentarlo',
    startAgain: 'Empezar de nuevo',
    back: 'Atrás',
  },
};

export default es;
