import { plural } from '../plural.js';
import type { PasskeyLocale } from '../locale.js';

const es: PasskeyLocale = {
  dir: 'ltr',
  register: {
    nameHeading: 'Asigne un nombre a su dispositivo',
    nameLabel: 'Nombre del dispositivo',
    nameHint:
      'Use un nombre claro y específico para distinguir sus llaves de acceso, como «MacBook Pro (Trabajo)», «YubiKey de respaldo» o «Llave Google Titan».',
    nameProblems: {
      empty: 'Escriba un nombre para esta llave de acceso.',
      'too-long': 'Use 64 caracteres como máximo.',
      'forbidden-characters':
        'Elimine del nombre los caracteres de control o de dirección del texto.',
    },
    register: 'Registrar',
    suggestedName: (browser, os) => `${browser} en ${os}`,
    fetchingHeading: 'Preparando…',
    chooseHeading: '¿Dónde desea guardar su llave de acceso?',
    chooseIntro:
      'Su llave de acceso es un segundo factor que permanece en el dispositivo o la llave que elija.',
    choices: {
      'this-device': {
        label: 'Este dispositivo o un gestor de contraseñas',
        description:
          'Face ID, Touch ID, Windows Hello, huella digital o PIN, o un gestor de contraseñas.',
      },
      phone: {
        label: 'iPhone, iPad o teléfono Android',
        description: 'Escanee un código QR con la cámara de su teléfono.',
      },
      'security-key': {
        label: 'Llave de seguridad',
        description: 'Una llave FIDO2 como YubiKey, Google Titan o Token2, por USB o NFC.',
      },
    },
    unavailable: {
      'no-platform':
        'No disponible: primero configure un bloqueo de pantalla o un gestor de contraseñas en este dispositivo.',
      'no-hybrid': 'Parece que el Bluetooth está desactivado. Actívelo o elija otra opción.',
    },
    waiting: {
      'this-device': {
        heading: 'Siga las indicaciones de su navegador',
        steps: [
          'Confirme con Face ID, Touch ID, Windows Hello, su huella digital o el PIN de su dispositivo.',
          'Si su gestor de contraseñas le ofrece guardar la llave de acceso, acepte.',
        ],
      },
      phone: {
        heading: 'Use su teléfono',
        steps: [
          'Su navegador muestra un código QR. Abra la cámara de su teléfono y apúntela hacia el código.',
          'Mantenga el Bluetooth activado tanto en su teléfono como en este ordenador.',
          'En su teléfono, toque la opción para crear la llave de acceso y confirme con Face ID, huella digital o PIN.',
        ],
      },
      'security-key': {
        heading: 'Use su llave de seguridad',
        steps: [
          'Inserte su llave de seguridad en un puerto USB o acérquela al lector NFC.',
          'Introduzca el PIN de la llave si se le solicita.',
          'Toque el botón o el sensor de la llave.',
        ],
      },
    },
    waitingStatus: 'Esperando su confirmación…',
    verifyingHeading: 'Guardando su llave de acceso…',
    successHeading: 'Llave de acceso registrada',
    successBody: (name) => `La llave de acceso «${name}» ya se puede usar como segundo factor.`,
    successProvider: (provider) => `Guardada en ${provider}.`,
    addAnother: 'Añadir otra llave de acceso',
    errors: {
      cancelled: {
        title: 'No se creó la llave de acceso',
        body: 'La solicitud se canceló o no se aprobó. Cuando lo desee, vuelva a intentarlo.',
      },
      timeout: {
        title: 'Se agotó el tiempo de espera',
        body: 'No se confirmó nada a tiempo. Vuelva a intentarlo y apruebe la solicitud cuando aparezca.',
      },
      'already-registered': {
        title: 'Ya está registrada',
        body: 'Este dispositivo o esta llave ya contiene una llave de acceso para su cuenta. Elija otro dispositivo u otra llave, o siga usando la llave de acceso que ya tiene.',
      },
      'unsupported-authenticator': {
        title: 'No se puede usar este autenticador',
        body: 'No puede verificar su identidad con un PIN ni con datos biométricos, algo que este sitio exige. Pruebe con otro dispositivo u otra llave de seguridad.',
      },
      'not-supported': {
        title: 'Las llaves de acceso no están disponibles aquí',
        body: 'Este navegador o esta conexión no admite llaves de acceso. Use un navegador actualizado en una página segura (https).',
      },
      misconfigured: {
        title: 'Este sitio no está configurado para llaves de acceso',
        body: 'La configuración de llaves de acceso del sitio no coincide con su dirección. Usted no puede solucionarlo: póngase en contacto con el servicio de soporte.',
      },
      'frame-not-allowed': {
        title: 'Las llaves de acceso no están permitidas en este marco',
        body: 'Esta página se muestra dentro de otro sitio que no permite llaves de acceso aquí. Ábrala en una pestaña propia o pida al sitio que permita llaves de acceso en este marco.',
      },
      aborted: {
        title: 'Se interrumpió la creación de la llave de acceso',
        body: 'Otra solicitud la detuvo. Vuelva a intentarlo.',
      },
      unknown: {
        title: 'Se produjo un error',
        body: 'Su autenticador informó de un error inesperado. Vuelva a intentarlo o use otro.',
      },
      forbidden: {
        title: 'No tiene permiso',
        body: 'Su rol no permite añadir llaves de acceso. Solicite acceso al administrador de su organización.',
      },
      unauthenticated: {
        title: 'Su sesión ha caducado',
        body: 'Vuelva a iniciar sesión y, después, añada su llave de acceso.',
      },
      conflict: {
        title: 'Esta llave de acceso ya existe',
        body: 'Ya está guardada en su cuenta. Actualice la página para verla.',
      },
      expired: {
        title: 'La solicitud ha caducado',
        body: 'Tardó demasiado en completarse, así que no se guardó nada. Vuelva a intentarlo.',
      },
      'rate-limited': {
        title: 'Demasiados intentos',
        body: 'Espere un minuto y vuelva a intentarlo.',
      },
      rejected: {
        title: 'No se pudo verificar la llave de acceso',
        body: 'El servidor no la aceptó, así que no se guardó nada. Vuelva a intentarlo.',
      },
      server: {
        title: 'Se produjo un error por nuestra parte',
        body: 'No se guardó nada. Vuelva a intentarlo en unos momentos.',
      },
      network: {
        title: 'No se puede conectar con el servidor',
        body: 'Compruebe su conexión y vuelva a intentarlo.',
      },
      'invalid-response': {
        title: 'Respuesta inesperada del servidor',
        body: 'El servidor envió una respuesta que no pudimos utilizar, así que no se guardó nada. Vuelva a intentarlo o, si sigue ocurriendo, póngase en contacto con el servicio de soporte.',
      },
      declined: {
        title: 'Solicitud rechazada en su teléfono',
        body: 'No se añadió nada. Elija otra opción o vuelva a intentarlo.',
      },
      'no-adapter': {
        title: 'Las llaves de acceso aún no están conectadas',
        body: 'Esta página aún no ha conectado el widget de llaves de acceso con su servidor. Póngase en contacto con el servicio de soporte.',
      },
      // Round 2 (#14): the phone's dead links, and a save that got no answer.
      'link-used': {
        title: 'Este enlace ya se ha usado',
        body: 'Ya se añadió una llave de acceso con él, así que no puede volver a usarse. Para añadir otra, escanee un código nuevo en su ordenador.',
      },
      'link-invalid': {
        title: 'Este enlace ya no es válido',
        body: 'Ha caducado o se canceló en su ordenador. Escanee un código nuevo en su ordenador.',
      },
      'invalid-code': {
        title: 'Ese código no ha funcionado',
        body: 'Comprueba el código e introdúcelo de nuevo. Los códigos de una app de autenticación cambian cada 30 segundos.',
      },
      unconfirmed: {
        title: 'No hemos podido confirmar si se guardó su llave de acceso',
        body: 'El servidor no respondió a tiempo. Revise su lista de llaves de acceso antes de volver a intentarlo.',
      },
    },
    tryAgain: 'Volver a intentarlo',
    back: 'Atrás',
    cancel: 'Cancelar',
    helpSummary: 'Consejos y ayuda',
    help: [
      {
        heading: 'Proteja su dispositivo',
        items: [
          'Use Face ID, Touch ID, una huella digital o un PIN seguro en lugar de un código sencillo.',
          'Mantenga activado el bloqueo de pantalla y deje que el dispositivo se bloquee solo al poco tiempo.',
          'Nunca comparta su PIN ni sus datos biométricos con nadie.',
        ],
      },
      {
        heading: 'Las llaves de acceso sincronizadas funcionan en todos sus dispositivos',
        items: [
          'iCloud Keychain, Google Password Manager, Samsung Pass, 1Password, Bitwarden, NordPass y Proton Pass mantienen su llave de acceso en todos los dispositivos con sesión iniciada en la misma cuenta, y guardan una copia de seguridad.',
        ],
      },
      {
        heading: 'Tenga una alternativa de respaldo',
        items: [
          'Registre una segunda llave de acceso, como una llave de seguridad de respaldo, por si pierde un dispositivo.',
          'Evite los dispositivos que no siempre lleva consigo, como una tableta compartida.',
        ],
      },
      {
        heading: 'Solución de problemas',
        items: [
          'No aparece el aviso del navegador: actualice su navegador y compruebe que ninguna extensión ni bloqueador de ventanas emergentes lo esté impidiendo.',
          'Face ID, la huella digital o el PIN fallaron: vuelva a intentarlo con el dedo limpio o con el PIN de este dispositivo.',
          'Se le pide confirmar con una llave de acceso existente: es lo normal cuando ya tiene una. Así nadie más puede añadir una llave de acceso a su cuenta.',
        ],
      },
    ],
    approvingHeading: 'Confirme con una llave de acceso existente',
    approvingBody:
      'Su cuenta ya tiene una llave de acceso: confirme la nueva con ella. No se guarda nada hasta entonces.',
    approve: 'Confirmar con una llave de acceso',
    approvingWait: 'Esperando su llave de acceso existente…',
    approvalNothingSaved:
      'El cambio no se confirmó con una llave de acceso existente, así que no se guardó nada.',
    handoffStarting: 'Creando un código…',
    handoffHeading: 'Escanee con la cámara de su teléfono',
    handoffSteps: [
      'Abra la cámara de su iPhone o teléfono Android y apúntela hacia el código.',
      'Abra el enlace y cree la llave de acceso en su teléfono.',
      'Esta página se actualizará sola cuando termine.',
    ],
    handoffQrLabel: 'Código QR con un enlace para añadir una llave de acceso en su teléfono',
    handoffCountdown: (time) => `El código caduca en ${time}`,
    handoffExpiredHeading: 'Este código ha caducado',
    handoffExpiredBody:
      'Cada código solo se puede usar una vez y durante unos pocos minutos. Genere uno nuevo para continuar.',
    handoffRegenerate: 'Nuevo código',
    handoffUseBluetooth: 'Usar Bluetooth en su lugar',
    phoneLoading: 'Comprobando el enlace…',
    phoneHeading: 'Añadir una llave de acceso en este teléfono',
    phoneAccount: (account) => `Para su cuenta ${account}.`,
    phoneName: (name) => `Se llamará «${name}».`,
    phoneCreate: 'Crear llave de acceso en este teléfono',
    phoneDecline: 'Rechazar',
    phoneDoneHeading: 'Listo: vuelva a su ordenador',
    phoneDoneBody: (name) =>
      `La llave de acceso «${name}» se ha guardado en este teléfono. Su ordenador muestra la confirmación.`,
    phoneDeclinedHeading: 'Solicitud rechazada',
    phoneDeclinedBody: 'No se añadió nada a su cuenta. Puede cerrar esta página.',
    // #15 design pass: calm cancels, the second prompt, the phone option, the QR view.
    calm: {
      cancelled: 'Cancelado: no se ha creado nada. Vuelva a intentarlo cuando quiera.',
      declined:
        'Rechazado en su teléfono: no se ha añadido nada. Elija otra opción o vuelva a intentarlo.',
      'not-confirmed':
        'No se confirmó con una llave de acceso existente, así que no se guardó nada. Vuelva a intentarlo cuando quiera.',
    },
    approvalAhead:
      'Si ya tiene una llave de acceso, es posible que después se le pida confirmar con ella.',
    phoneHybridDescription:
      'Escanee el código QR que muestra su navegador. El Bluetooth debe estar activado.',
    handoffBluetoothIntro: '¿El enlace no se abre en su teléfono?',
    handoffWarning:
      'Este código caduca en menos de 30 segundos. Elija «Más tiempo» para obtener uno nuevo.',
    handoffMoreTime: 'Más tiempo',
  },
  credentials: {
    heading: 'Sus llaves de acceso',
    summary: (total, active) =>
      `${plural('es', total, { one: '# llave de acceso', other: '# llaves de acceso' })}, ${plural('es', active, { one: '# activa', other: '# activas' })}`,
    intro:
      'Desactive una llave de acceso si pierde el dispositivo en el que está; vuelva a activarla cuando lo encuentre.',
    add: 'Añadir llave de acceso',
    close: 'Cerrar',
    loading: 'Cargando sus llaves de acceso…',
    empty: 'Aún no ha añadido ninguna llave de acceso.',
    retry: 'Volver a intentarlo',
    passkey: 'Llave de acceso',
    securityKey: 'Llave de seguridad',
    synced: 'Sincronizada',
    inactive: 'Desactivada',
    active: (name) => `Activa: ${name}`,
    activeLabel: 'Activa',
    added: (when) => `Añadida ${when}`,
    lastUsed: (when) => `último uso ${when}`,
    neverUsed: 'aún sin usar',
    separator: ', ',
    rename: 'Cambiar nombre',
    renameLabel: 'Nuevo nombre',
    save: 'Guardar',
    cancel: 'Cancelar',
    delete: 'Eliminar',
    confirmDelete: (name) => `¿Eliminar «${name}»? Esta acción no se puede deshacer.`,
    lastActive:
      'Es su única llave de acceso activa, por lo que no se puede desactivar ni eliminar.',
    renamed: (name) => `Nombre cambiado a «${name}».`,
    activated: (name) => `La llave de acceso «${name}» está activada.`,
    deactivated: (name) => `La llave de acceso «${name}» está desactivada.`,
    deleted: (name) => `Se eliminó la llave de acceso «${name}».`,
    nothingChanged: 'No se ha cambiado nada.',
    approvalHeading: 'Confirme con una llave de acceso existente',
    approvalBody: 'Por su seguridad, confirme este cambio con una de sus llaves de acceso activas.',
    approve: 'Confirmar con una llave de acceso',
    approvalWait: 'Esperando su llave de acceso…',
    registrationDisabled:
      'No puede añadir llaves de acceso: su rol no tiene ese permiso. Consulte al administrador de su organización.',
    more: (name) => `Más acciones para «${name}»`,
    justNow: 'hace un momento',
    emptyHelp:
      'Una llave de acceso le permite confirmar su identidad con su huella, su rostro, el bloqueo de pantalla o una llave de seguridad: no tiene que escribir nada y un sitio falso no puede robar nada.',
    approvalTitle: {
      rename: (name) => `Confirmar el cambio de nombre de «${name}»`,
      activate: (name) => `Confirmar la activación de «${name}»`,
      deactivate: (name) => `Confirmar la desactivación de «${name}»`,
      delete: (name) => `Confirmar la eliminación de «${name}»`,
    },
    refused: {
      rename:
        'Su rol no permite cambiar el nombre de las llaves de acceso. Pida acceso al administrador de su organización.',
      activate:
        'Su rol no permite activar llaves de acceso. Pida acceso al administrador de su organización.',
      deactivate:
        'Su rol no permite desactivar llaves de acceso. Pida acceso al administrador de su organización.',
      delete:
        'Su rol no permite eliminar llaves de acceso. Pida acceso al administrador de su organización.',
    },
  },
  qr: {
    label: 'Código QR',
    copy: 'Copiar enlace',
    copied: 'Copiado',
    tooLong: 'Este texto es demasiado largo para un código QR.',
    failed: 'No se pudo generar el código QR.',
  },
};
export default es;
