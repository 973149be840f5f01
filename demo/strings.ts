// The demo portal's own words, in the six languages the elements ship with. The elements
// translate themselves (they follow <html lang>); these are only the page around them.
// DevTools' menu names stay in English: they are what Chrome shows by default.

export const LANGUAGES = ['en', 'de', 'es', 'fr', 'ja', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in that language, for the language menu. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
  ja: '日本語',
  ar: 'العربية',
};

const en = {
  titleIndex: 'Security settings · Acme Invest',
  titlePhone: 'Add a passkey · Acme Invest',
  skip: 'Skip to main content',
  signedInAs: 'Signed in as',
  signingIn: 'Signing in…',
  notSignedIn: 'Not signed in',
  prefs: 'Display',
  language: 'Language',
  theme: 'Theme',
  themeAuto: 'Automatic',
  themeLight: 'Light',
  themeDark: 'Dark',
  settings: 'Settings',
  navSecurity: 'Security',
  navTwoFactor: 'Two-factor authentication',
  navTryIt: 'Trying the demo',
  h1: 'Security',
  lede: 'Choose how you confirm it’s you when you sign in to Acme Invest.',
  tfaHeading: 'Two-factor authentication',
  tfaText:
    'After your password, we ask for a second step. A passkey is the quickest and safest one: your fingerprint, face or screen lock confirms it’s you, and it can’t be phished.',
  loading: 'Loading your security settings…',
  signInFailed: 'We couldn’t sign you in to the demo, so passkeys can’t be added right now.',
  unreachable: 'The demo server could not be reached.',
  reload: 'Reload the page to try again.',
  tryHeading: 'Try it without Touch ID or Windows Hello',
  tryIntro:
    'Acme Invest is a fictional bank. If this computer has no fingerprint reader, face recognition or screen lock, Chrome can stand in for one:',
  try1: 'Open Chrome DevTools (F12, or ⌥⌘I on a Mac).',
  try2: 'In DevTools’ ⋮ menu, choose More tools → WebAuthn.',
  try3: 'Tick “Enable virtual authenticator environment”.',
  try4: 'Under “New authenticator”, keep protocol “ctap2” and transport “internal”, tick “Supports resident keys” and “Supports user verification”, and press Add.',
  try5: 'Press Add passkey on this page. The virtual authenticator answers Chrome’s prompt, and DevTools lists the passkey it holds.',
  tryNote:
    'Choose transport “usb” to try the security key path. The virtual authenticator and its passkeys last until DevTools closes.',
  phoneNoToken: 'Open this page by scanning the QR code on your computer.',
};

export type DemoStrings = typeof en;

const de: DemoStrings = {
  titleIndex: 'Sicherheitseinstellungen · Acme Invest',
  titlePhone: 'Passkey hinzufügen · Acme Invest',
  skip: 'Zum Hauptinhalt springen',
  signedInAs: 'Angemeldet als',
  signingIn: 'Anmeldung läuft…',
  notSignedIn: 'Nicht angemeldet',
  prefs: 'Anzeige',
  language: 'Sprache',
  theme: 'Design',
  themeAuto: 'Automatisch',
  themeLight: 'Hell',
  themeDark: 'Dunkel',
  settings: 'Einstellungen',
  navSecurity: 'Sicherheit',
  navTwoFactor: 'Zwei-Faktor-Authentifizierung',
  navTryIt: 'Demo ausprobieren',
  h1: 'Sicherheit',
  lede: 'Legen Sie fest, wie Sie bei der Anmeldung bei Acme Invest bestätigen, dass Sie es sind.',
  tfaHeading: 'Zwei-Faktor-Authentifizierung',
  tfaText:
    'Nach Ihrem Passwort fragen wir nach einem zweiten Schritt. Ein Passkey ist der schnellste und sicherste: Fingerabdruck, Gesicht oder Bildschirmsperre bestätigen, dass Sie es sind, und Phishing ist ausgeschlossen.',
  loading: 'Ihre Sicherheitseinstellungen werden geladen…',
  signInFailed:
    'Wir konnten Sie nicht bei der Demo anmelden, daher lassen sich gerade keine Passkeys hinzufügen.',
  unreachable: 'Der Demo-Server ist nicht erreichbar.',
  reload: 'Laden Sie die Seite neu, um es noch einmal zu versuchen.',
  tryHeading: 'Ohne Touch ID oder Windows Hello ausprobieren',
  tryIntro:
    'Acme Invest ist eine erfundene Bank. Hat dieser Computer keinen Fingerabdruckleser, keine Gesichtserkennung und keine Bildschirmsperre, kann Chrome einen simulieren:',
  try1: 'Öffnen Sie die Chrome-Entwicklertools (F12 oder ⌥⌘I auf dem Mac).',
  try2: 'Wählen Sie im ⋮-Menü der Entwicklertools „More tools“ → „WebAuthn“.',
  try3: 'Aktivieren Sie „Enable virtual authenticator environment“.',
  try4: 'Behalten Sie unter „New authenticator“ das Protokoll „ctap2“ und den Transport „internal“, aktivieren Sie „Supports resident keys“ und „Supports user verification“ und klicken Sie auf „Add“.',
  try5: 'Klicken Sie auf dieser Seite auf „Passkey hinzufügen“. Der virtuelle Authenticator beantwortet die Abfrage von Chrome, und die Entwicklertools zeigen den gespeicherten Passkey.',
  tryNote:
    'Mit dem Transport „usb“ probieren Sie den Weg über einen Sicherheitsschlüssel aus. Der virtuelle Authenticator und seine Passkeys bleiben erhalten, bis Sie die Entwicklertools schließen.',
  phoneNoToken: 'Öffnen Sie diese Seite, indem Sie den QR-Code auf Ihrem Computer scannen.',
};

const es: DemoStrings = {
  titleIndex: 'Configuración de seguridad · Acme Invest',
  titlePhone: 'Añadir una llave de acceso · Acme Invest',
  skip: 'Ir al contenido principal',
  signedInAs: 'Sesión iniciada como',
  signingIn: 'Iniciando sesión…',
  notSignedIn: 'Sin sesión iniciada',
  prefs: 'Visualización',
  language: 'Idioma',
  theme: 'Tema',
  themeAuto: 'Automático',
  themeLight: 'Claro',
  themeDark: 'Oscuro',
  settings: 'Configuración',
  navSecurity: 'Seguridad',
  navTwoFactor: 'Verificación en dos pasos',
  navTryIt: 'Probar la demo',
  h1: 'Seguridad',
  lede: 'Elige cómo confirmas que eres tú al iniciar sesión en Acme Invest.',
  tfaHeading: 'Verificación en dos pasos',
  tfaText:
    'Después de tu contraseña, pedimos un segundo paso. Una llave de acceso es el más rápido y seguro: tu huella, tu cara o el bloqueo de pantalla confirman que eres tú, y no se puede suplantar.',
  loading: 'Cargando tu configuración de seguridad…',
  signInFailed:
    'No hemos podido iniciar tu sesión en la demo, así que ahora no se pueden añadir llaves de acceso.',
  unreachable: 'No se ha podido contactar con el servidor de la demo.',
  reload: 'Vuelve a cargar la página para intentarlo de nuevo.',
  tryHeading: 'Pruébalo sin Touch ID ni Windows Hello',
  tryIntro:
    'Acme Invest es un banco ficticio. Si este ordenador no tiene lector de huellas, reconocimiento facial ni bloqueo de pantalla, Chrome puede simular uno:',
  try1: 'Abre las herramientas para desarrolladores de Chrome (F12, o ⌥⌘I en un Mac).',
  try2: 'En el menú ⋮ de las herramientas, elige More tools → WebAuthn.',
  try3: 'Marca «Enable virtual authenticator environment».',
  try4: 'En «New authenticator», deja el protocolo «ctap2» y el transporte «internal», marca «Supports resident keys» y «Supports user verification», y pulsa Add.',
  try5: 'Pulsa Añadir llave de acceso en esta página. El autenticador virtual responde a la solicitud de Chrome, y las herramientas muestran la llave que guarda.',
  tryNote:
    'Elige el transporte «usb» para probar el camino de la llave de seguridad. El autenticador virtual y sus llaves duran hasta que cierres las herramientas.',
  phoneNoToken: 'Abre esta página escaneando el código QR de tu ordenador.',
};

const fr: DemoStrings = {
  titleIndex: 'Paramètres de sécurité · Acme Invest',
  titlePhone: 'Ajouter une clé d’accès · Acme Invest',
  skip: 'Aller au contenu principal',
  signedInAs: 'Connecté en tant que',
  signingIn: 'Connexion…',
  notSignedIn: 'Non connecté',
  prefs: 'Affichage',
  language: 'Langue',
  theme: 'Thème',
  themeAuto: 'Automatique',
  themeLight: 'Clair',
  themeDark: 'Sombre',
  settings: 'Paramètres',
  navSecurity: 'Sécurité',
  navTwoFactor: 'Authentification à deux facteurs',
  navTryIt: 'Essayer la démo',
  h1: 'Sécurité',
  lede: 'Choisissez comment confirmer que c’est bien vous lorsque vous vous connectez à Acme Invest.',
  tfaHeading: 'Authentification à deux facteurs',
  tfaText:
    'Après votre mot de passe, nous demandons une deuxième étape. La clé d’accès est la plus rapide et la plus sûre : votre empreinte, votre visage ou le verrouillage de l’écran confirme que c’est vous, et elle résiste à l’hameçonnage.',
  loading: 'Chargement de vos paramètres de sécurité…',
  signInFailed:
    'Nous n’avons pas pu vous connecter à la démo : impossible d’ajouter des clés d’accès pour le moment.',
  unreachable: 'Le serveur de la démo est injoignable.',
  reload: 'Rechargez la page pour réessayer.',
  tryHeading: 'Essayer sans Touch ID ni Windows Hello',
  tryIntro:
    'Acme Invest est une banque fictive. Si cet ordinateur n’a ni lecteur d’empreintes, ni reconnaissance faciale, ni verrouillage d’écran, Chrome peut en simuler un :',
  try1: 'Ouvrez les outils de développement de Chrome (F12, ou ⌥⌘I sur Mac).',
  try2: 'Dans le menu ⋮ des outils, choisissez More tools → WebAuthn.',
  try3: 'Cochez « Enable virtual authenticator environment ».',
  try4: 'Sous « New authenticator », gardez le protocole « ctap2 » et le transport « internal », cochez « Supports resident keys » et « Supports user verification », puis cliquez sur Add.',
  try5: 'Cliquez sur Ajouter une clé d’accès sur cette page. L’authentificateur virtuel répond à la demande de Chrome, et les outils affichent la clé qu’il détient.',
  tryNote:
    'Choisissez le transport « usb » pour essayer le parcours avec une clé de sécurité. L’authentificateur virtuel et ses clés durent jusqu’à la fermeture des outils.',
  phoneNoToken: 'Ouvrez cette page en scannant le code QR affiché sur votre ordinateur.',
};

const ja: DemoStrings = {
  titleIndex: 'セキュリティ設定 · Acme Invest',
  titlePhone: 'パスキーを追加 · Acme Invest',
  skip: 'メインコンテンツへ移動',
  signedInAs: 'ログイン中',
  signingIn: 'ログインしています…',
  notSignedIn: '未ログイン',
  prefs: '表示',
  language: '言語',
  theme: 'テーマ',
  themeAuto: '自動',
  themeLight: 'ライト',
  themeDark: 'ダーク',
  settings: '設定',
  navSecurity: 'セキュリティ',
  navTwoFactor: '2 段階認証',
  navTryIt: 'デモを試す',
  h1: 'セキュリティ',
  lede: 'Acme Invest へのログイン時に本人確認する方法を選びます。',
  tfaHeading: '2 段階認証',
  tfaText:
    'パスワードの後に、もう 1 つの確認をお願いしています。パスキーはもっとも速く安全な方法です。指紋、顔、画面ロックで本人であることを確認し、フィッシングされることもありません。',
  loading: 'セキュリティ設定を読み込んでいます…',
  signInFailed: 'デモにログインできなかったため、現在パスキーを追加できません。',
  unreachable: 'デモ サーバーに接続できませんでした。',
  reload: 'ページを再読み込みして、もう一度お試しください。',
  tryHeading: 'Touch ID や Windows Hello がなくても試せます',
  tryIntro:
    'Acme Invest は架空の銀行です。このコンピュータに指紋リーダー、顔認証、画面ロックがない場合は、Chrome で代わりの認証器を用意できます。',
  try1: 'Chrome のデベロッパー ツールを開きます (F12、Mac では ⌥⌘I)。',
  try2: 'デベロッパー ツールの ⋮ メニューから More tools → WebAuthn を選びます。',
  try3: '「Enable virtual authenticator environment」をオンにします。',
  try4: '「New authenticator」でプロトコル「ctap2」、トランスポート「internal」のまま、「Supports resident keys」と「Supports user verification」をオンにして Add を押します。',
  try5: 'このページで「パスキーを追加」を押します。仮想認証器が Chrome の確認に応答し、保存したパスキーがデベロッパー ツールに表示されます。',
  tryNote:
    'トランスポートを「usb」にすると、セキュリティ キーの流れを試せます。仮想認証器とそのパスキーは、デベロッパー ツールを閉じるまで残ります。',
  phoneNoToken: 'コンピュータに表示された QR コードをスキャンして、このページを開いてください。',
};

const ar: DemoStrings = {
  titleIndex: 'إعدادات الأمان · Acme Invest',
  titlePhone: 'إضافة مفتاح مرور · Acme Invest',
  skip: 'الانتقال إلى المحتوى الرئيسي',
  signedInAs: 'تم تسجيل الدخول باسم',
  signingIn: 'جارٍ تسجيل الدخول…',
  notSignedIn: 'لم يتم تسجيل الدخول',
  prefs: 'العرض',
  language: 'اللغة',
  theme: 'المظهر',
  themeAuto: 'تلقائي',
  themeLight: 'فاتح',
  themeDark: 'داكن',
  settings: 'الإعدادات',
  navSecurity: 'الأمان',
  navTwoFactor: 'المصادقة الثنائية',
  navTryIt: 'تجربة العرض التوضيحي',
  h1: 'الأمان',
  lede: 'اختر كيف تؤكد هويتك عند تسجيل الدخول إلى Acme Invest.',
  tfaHeading: 'المصادقة الثنائية',
  tfaText:
    'بعد كلمة المرور نطلب خطوة ثانية. مفتاح المرور هو الأسرع والأكثر أمانًا: بصمتك أو وجهك أو قفل الشاشة يؤكد أنك أنت، ولا يمكن سرقته بالتصيّد.',
  loading: 'جارٍ تحميل إعدادات الأمان…',
  signInFailed: 'تعذّر تسجيل دخولك إلى العرض التوضيحي، لذا لا يمكن إضافة مفاتيح مرور الآن.',
  unreachable: 'تعذّر الوصول إلى خادم العرض التوضيحي.',
  reload: 'أعد تحميل الصفحة للمحاولة مرة أخرى.',
  tryHeading: 'جرّبه دون Touch ID أو Windows Hello',
  tryIntro:
    'Acme Invest بنك وهمي. إذا لم يكن في هذا الكمبيوتر قارئ بصمات أو تعرّف على الوجه أو قفل للشاشة، يمكن لـ Chrome أن يحاكي واحدًا:',
  try1: 'افتح أدوات المطوّرين في Chrome (‏F12، أو ⌥⌘I على Mac).',
  try2: 'من القائمة ⋮ في أدوات المطوّرين، اختر More tools ← WebAuthn.',
  try3: 'فعّل «Enable virtual authenticator environment».',
  try4: 'تحت «New authenticator» أبقِ البروتوكول «ctap2» والنقل «internal»، وفعّل «Supports resident keys» و«Supports user verification»، ثم اضغط Add.',
  try5: 'اضغط «إضافة مفتاح مرور» في هذه الصفحة. يجيب أداة المصادقة الافتراضية على طلب Chrome، وتعرض أدوات المطوّرين مفتاح المرور المحفوظ فيها.',
  tryNote:
    'اختر النقل «usb» لتجربة مسار مفتاح الأمان. تبقى أداة المصادقة الافتراضية ومفاتيحها حتى تُغلق أدوات المطوّرين.',
  phoneNoToken: 'افتح هذه الصفحة بمسح رمز QR الظاهر على الكمبيوتر.',
};

export const STRINGS: Record<Language, DemoStrings> = { en, de, es, fr, ja, ar };
