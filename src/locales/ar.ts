import { plural } from '../plural.js';
import type { PasskeyLocale } from '../locale.js';

/** Formats a number the Arabic way (digits chosen by Intl). */
const num = (n: number) => new Intl.NumberFormat('ar').format(n);
/**
 * The digits of a value the element formatted itself (the countdown's "4:59"), written like
 * num()'s, so that every number on a view uses one digit system whatever Intl picks for 'ar'.
 */
const digits = (s: string) => s.replace(/\d/g, (d) => num(+d));

/**
 * Wraps a value (a name, an account, a provider) in first-strong isolates, so Latin text and
 * its punctuation keep their order inside the right-to-left sentence. Not for values that are
 * stored, such as `suggestedName`: names may not contain these marks.
 */
const iso = (s: string) => `\u2068${s}\u2069`;

const ar: PasskeyLocale = {
  dir: 'rtl',
  register: {
    nameHeading: 'اختر اسمًا لجهازك',
    nameLabel: 'اسم الجهاز',
    nameHint:
      'استخدم اسمًا واضحًا ومحددًا لتتمكن من التمييز بين مفاتيح المرور لديك، مثل «MacBook Pro (العمل)» أو «YubiKey الاحتياطي» أو «Google Titan Key».',
    nameProblems: {
      empty: 'أدخل اسمًا لمفتاح المرور هذا.',
      'too-long': `استخدم ${num(64)} حرفًا أو أقل.`,
      'forbidden-characters': 'احذف من الاسم أحرف التحكم أو أحرف اتجاه النص.',
    },
    register: 'تسجيل',
    suggestedName: (browser, os) => `${browser} على ${os}`,
    fetchingHeading: 'جارٍ التحضير…',
    chooseHeading: 'أين تريد حفظ مفتاح المرور؟',
    chooseIntro: 'مفتاح المرور عامل تحقق ثانٍ يبقى على الجهاز أو المفتاح الذي تختاره.',
    choices: {
      'this-device': {
        label: 'هذا الجهاز أو مدير كلمات المرور',
        description:
          'Face ID أو Touch ID أو Windows Hello أو بصمة الإصبع أو رمز PIN، أو مدير كلمات مرور.',
      },
      phone: {
        label: 'iPhone أو iPad أو هاتف Android',
        description: 'امسح رمز QR ضوئيًا بكاميرا هاتفك.',
      },
      'security-key': {
        label: 'مفتاح الأمان',
        description: 'مفتاح FIDO2 مثل YubiKey أو Google Titan أو Token2، عبر USB أو NFC.',
      },
    },
    unavailable: {
      'no-platform': 'غير متاح: اضبط أولًا قفل الشاشة أو مدير كلمات مرور على هذا الجهاز.',
      'no-hybrid': 'يبدو أن Bluetooth متوقف. شغّله، أو اختر خيارًا آخر.',
    },
    waiting: {
      'this-device': {
        heading: 'اتبع التعليمات التي يعرضها المتصفح',
        steps: [
          'أكِّد باستخدام Face ID أو Touch ID أو Windows Hello أو بصمة إصبعك أو رمز PIN الخاص بجهازك.',
          'إذا عرض مدير كلمات المرور حفظ مفتاح المرور، فوافق على ذلك.',
        ],
      },
      phone: {
        heading: 'استخدم هاتفك',
        steps: [
          'يعرض المتصفح رمز QR. افتح كاميرا هاتفك ووجّهها نحو الرمز.',
          'أبقِ Bluetooth مشغّلًا على هاتفك وعلى هذا الكمبيوتر.',
          'على هاتفك، انقر لإنشاء مفتاح المرور، ثم أكِّد باستخدام Face ID أو بصمة الإصبع أو رمز PIN.',
        ],
      },
      'security-key': {
        heading: 'استخدم مفتاح الأمان',
        steps: [
          'أدخل مفتاح الأمان في منفذ USB، أو قرّبه من قارئ NFC.',
          'أدخل رمز PIN الخاص بالمفتاح إذا طُلب منك ذلك.',
          'المس الزر أو المستشعر الموجود على المفتاح.',
        ],
      },
    },
    waitingStatus: 'في انتظار تأكيدك…',
    verifyingHeading: 'جارٍ حفظ مفتاح المرور…',
    successHeading: 'تم تسجيل مفتاح المرور',
    successBody: (name) => `مفتاح المرور «${iso(name)}» جاهز للاستخدام كعامل تحقق ثانٍ.`,
    successProvider: (provider) => `تم الحفظ في ${iso(provider)}.`,
    addAnother: 'إضافة مفتاح مرور آخر',
    errors: {
      cancelled: {
        title: 'لم يتم إنشاء مفتاح المرور',
        body: 'أُلغي الطلب أو لم تتم الموافقة عليه. أعد المحاولة عندما تكون مستعدًا.',
      },
      timeout: {
        title: 'انتهت مهلة الطلب',
        body: 'لم يتم التأكيد في الوقت المحدد. أعد المحاولة، ووافق على الطلب عند ظهوره.',
      },
      'already-registered': {
        title: 'مسجّل بالفعل',
        body: 'يحتوي هذا الجهاز أو المفتاح بالفعل على مفتاح مرور لحسابك. اختر جهازًا أو مفتاحًا آخر، أو واصل استخدام مفتاح المرور الحالي.',
      },
      'unsupported-authenticator': {
        title: 'لا يمكن استخدام أداة المصادقة هذه',
        body: 'لا يمكنها التحقق من هويتك باستخدام رمز PIN أو القياسات الحيوية، وهو ما يشترطه هذا الموقع. جرّب جهازًا آخر أو مفتاح أمان آخر.',
      },
      'not-supported': {
        title: 'مفاتيح المرور غير متاحة هنا',
        body: 'لا يدعم هذا المتصفح أو هذا الاتصال مفاتيح المرور. استخدم متصفحًا محدّثًا على صفحة آمنة (https).',
      },
      misconfigured: {
        title: 'هذا الموقع غير مهيأ لمفاتيح المرور',
        body: 'إعدادات مفاتيح المرور في الموقع لا تتطابق مع عنوانه. لا يمكنك حل هذه المشكلة بنفسك، لذا يُرجى التواصل مع الدعم.',
      },
      'frame-not-allowed': {
        title: 'مفاتيح المرور غير مسموح بها في هذا الإطار',
        body: 'تُعرض هذه الصفحة داخل موقع آخر لا يسمح بمفاتيح المرور هنا. افتحها في علامة تبويب مستقلة، أو اطلب من الموقع السماح بمفاتيح المرور في هذا الإطار.',
      },
      aborted: {
        title: 'توقف إنشاء مفتاح المرور',
        body: 'أوقفه طلب آخر. أعد المحاولة.',
      },
      unknown: {
        title: 'حدث خطأ ما',
        body: 'أبلغت أداة المصادقة عن خطأ غير متوقع. أعد المحاولة، أو استخدم أداة أخرى.',
      },
      forbidden: {
        title: 'ليس لديك إذن',
        body: 'لا يسمح دورك بإضافة مفاتيح المرور. اطلب الوصول من مسؤول مؤسستك.',
      },
      unauthenticated: {
        title: 'انتهت صلاحية جلستك',
        body: 'سجّل الدخول مرة أخرى، ثم أضف مفتاح المرور.',
      },
      conflict: {
        title: 'مفتاح المرور هذا موجود بالفعل',
        body: 'إنه محفوظ بالفعل في حسابك. حدّث الصفحة لرؤيته.',
      },
      expired: {
        title: 'انتهت صلاحية الطلب',
        body: 'استغرق إكماله وقتًا طويلًا، لذا لم يُحفظ أي شيء. أعد المحاولة.',
      },
      'rate-limited': {
        title: 'محاولات كثيرة جدًا',
        body: 'انتظر دقيقة، ثم أعد المحاولة.',
      },
      rejected: {
        title: 'تعذّر التحقق من مفتاح المرور',
        body: 'لم يقبله الخادم، لذا لم يُحفظ أي شيء. أعد المحاولة.',
      },
      server: {
        title: 'حدث خطأ من جهتنا',
        body: 'لم يُحفظ أي شيء. أعد المحاولة بعد قليل.',
      },
      network: {
        title: 'تعذّر الوصول إلى الخادم',
        body: 'تحقق من اتصالك، ثم أعد المحاولة.',
      },
      'invalid-response': {
        title: 'رد غير متوقع من الخادم',
        body: 'أرسل الخادم ردًا تعذّر استخدامه، لذا لم يُحفظ أي شيء. أعد المحاولة، أو تواصل مع الدعم إذا استمرت المشكلة.',
      },
      declined: {
        title: 'تم الرفض على هاتفك',
        body: 'لم تتم إضافة أي شيء. اختر خيارًا آخر، أو أعد المحاولة.',
      },
      'no-adapter': {
        title: 'مفاتيح المرور غير مربوطة بعد',
        body: 'لم تربط هذه الصفحة أداة مفاتيح المرور بالخادم الخاص بها بعد. يُرجى التواصل مع الدعم.',
      },
      // Round 2 (#14): the phone's dead links, and a save that got no answer.
      'link-used': {
        title: 'تم استخدام هذا الرابط بالفعل',
        body: 'أُضيف به مفتاح مرور بالفعل، لذا لا يمكن استخدامه مرة أخرى. لإضافة مفتاح آخر، امسح رمزًا جديدًا على جهاز الكمبيوتر.',
      },
      'link-invalid': {
        title: 'لم يعد هذا الرابط صالحًا',
        body: 'انتهت صلاحيته أو أُلغي على جهاز الكمبيوتر. امسح رمزًا جديدًا على جهاز الكمبيوتر.',
      },
      'invalid-code': {
        title: 'لم يعمل هذا الرمز',
        body: `تحقّق من الرمز وأدخله مرة أخرى. تتغيّر رموز تطبيق المصادقة كل ${num(30)} ثانية.`,
      },
      unconfirmed: {
        title: 'تعذّر علينا التأكد من حفظ مفتاح المرور',
        body: 'لم يستجب الخادم في الوقت المحدد. راجع قائمة مفاتيح المرور قبل أن تحاول مرة أخرى.',
      },
    },
    tryAgain: 'إعادة المحاولة',
    back: 'رجوع',
    cancel: 'إلغاء',
    helpSummary: 'نصائح ومساعدة',
    help: [
      {
        heading: 'احمِ جهازك',
        items: [
          'استخدم Face ID أو Touch ID أو بصمة الإصبع أو رمز PIN قويًا بدلًا من رمز بسيط.',
          'أبقِ قفل الشاشة مفعّلًا، واضبط الجهاز ليُقفل تلقائيًا بعد مدة قصيرة.',
          'لا تشارك رمز PIN أو بياناتك الحيوية مع أي شخص أبدًا.',
        ],
      },
      {
        heading: 'مفاتيح المرور المتزامنة تعمل على جميع أجهزتك',
        items: [
          'تحتفظ iCloud Keychain وGoogle Password Manager وSamsung Pass و1Password وBitwarden وNordPass وProton Pass بمفتاح المرور على كل جهاز مسجّل الدخول إلى الحساب نفسه، وتنشئ نسخة احتياطية منه.',
        ],
      },
      {
        heading: 'احتفظ بمفتاح احتياطي',
        items: [
          'سجّل مفتاح مرور ثانيًا، مثل مفتاح أمان احتياطي، تحسبًا لفقدان أحد أجهزتك.',
          'تجنّب الأجهزة التي لا تكون معك دائمًا، مثل جهاز لوحي مشترك.',
        ],
      },
      {
        heading: 'حل المشكلات',
        items: [
          'لا تظهر نافذة المتصفح: حدّث المتصفح، وتأكد من عدم وجود إضافة أو أداة لحظر النوافذ المنبثقة تمنع ظهورها.',
          'فشل Face ID أو بصمة الإصبع أو رمز PIN: أعد المحاولة بإصبع نظيف، أو برمز PIN الخاص بهذا الجهاز.',
          'إذا طُلب منك التأكيد باستخدام مفتاح مرور حالي: فهذا متوقع عندما يكون لديك مفتاح. يمنع ذلك أي شخص آخر من إضافة مفتاح مرور إلى حسابك.',
        ],
      },
    ],
    approvingHeading: 'التأكيد باستخدام مفتاح مرور حالي',
    approvingBody:
      'يحتوي حسابك بالفعل على مفتاح مرور: أكِّد به المفتاح الجديد. لن يُحفظ أي شيء قبل ذلك.',
    approve: 'التأكيد باستخدام مفتاح مرور',
    approvingWait: 'في انتظار مفتاح المرور الحالي…',
    approvalNothingSaved: 'لم يتم التأكيد باستخدام مفتاح مرور حالي، لذا لم يُحفظ أي شيء.',
    handoffStarting: 'جارٍ إنشاء رمز…',
    handoffHeading: 'امسح الرمز ضوئيًا بكاميرا هاتفك',
    handoffSteps: [
      'افتح الكاميرا على iPhone أو هاتف Android، ووجّهها نحو الرمز.',
      'افتح الرابط، وأنشئ مفتاح المرور على هاتفك.',
      'تتحدّث هذه الصفحة تلقائيًا عند الانتهاء.',
    ],
    handoffQrLabel: 'رمز QR يحتوي على رابط لإضافة مفتاح مرور على هاتفك',
    handoffCountdown: (time) => `تنتهي صلاحية الرمز خلال ${digits(time)}`,
    handoffExpiredHeading: 'انتهت صلاحية هذا الرمز',
    handoffExpiredBody: 'يصلح كل رمز لمرة واحدة فقط ولبضع دقائق. أنشئ رمزًا جديدًا للمتابعة.',
    handoffRegenerate: 'رمز جديد',
    handoffUseBluetooth: 'استخدام Bluetooth بدلًا من ذلك',
    phoneLoading: 'جارٍ التحقق من الرابط…',
    phoneHeading: 'إضافة مفتاح مرور على هذا الهاتف',
    phoneAccount: (account) => `لحسابك ${iso(account)}.`,
    phoneName: (name) => `سيحمل الاسم «${iso(name)}».`,
    phoneCreate: 'إنشاء مفتاح مرور على هذا الهاتف',
    phoneDecline: 'رفض',
    phoneDoneHeading: 'تم — عُد إلى جهاز الكمبيوتر',
    phoneDoneBody: (name) =>
      `تم حفظ «${iso(name)}» على هذا الهاتف. يظهر التأكيد على جهاز الكمبيوتر.`,
    phoneDeclinedHeading: 'تم الرفض',
    phoneDeclinedBody: 'لم تتم إضافة أي شيء إلى حسابك. يمكنك إغلاق هذه الصفحة.',
    // #15 design pass: calm cancels, the second prompt, the phone option, the QR view.
    calm: {
      cancelled: 'تم الإلغاء، لذا لم يُنشأ أي شيء. أعد المحاولة عندما تكون مستعدًا.',
      declined: 'تم الرفض على هاتفك، لذا لم تتم إضافة أي شيء. اختر خيارًا آخر، أو أعد المحاولة.',
      'not-confirmed':
        'لم يتم التأكيد باستخدام مفتاح مرور حالي، لذا لم يُحفظ أي شيء. أعد المحاولة عندما تكون مستعدًا.',
    },
    approvalAhead: 'إذا كان لديك مفتاح مرور بالفعل، فقد يُطلب منك بعد ذلك التأكيد به.',
    phoneHybridDescription: 'امسح ضوئيًا رمز QR الذي يعرضه المتصفح. يجب أن يكون Bluetooth مشغّلًا.',
    handoffBluetoothIntro: 'ألا يفتح الرابط على هاتفك؟',
    handoffWarning: `تنتهي صلاحية هذا الرمز خلال أقل من ${num(30)} ثانية. اختر «وقت إضافي» للحصول على رمز جديد.`,
    handoffMoreTime: 'وقت إضافي',
  },
  credentials: {
    heading: 'مفاتيح المرور الخاصة بك',
    summary: (total, active) =>
      `${plural('ar', total, {
        zero: '# مفتاح مرور',
        one: 'مفتاح مرور واحد',
        two: 'مفتاحا مرور',
        few: '# مفاتيح مرور',
        many: '# مفتاح مرور',
        other: '# مفتاح مرور',
      })}، النشطة منها: ${num(active)}`,
    intro: 'عطّل مفتاح المرور إذا فقدت الجهاز الموجود عليه، وأعد تفعيله عندما تجده.',
    add: 'إضافة مفتاح مرور',
    close: 'إغلاق',
    loading: 'جارٍ تحميل مفاتيح المرور…',
    empty: 'لم تُضف أي مفتاح مرور بعد.',
    retry: 'إعادة المحاولة',
    passkey: 'مفتاح مرور',
    securityKey: 'مفتاح أمان',
    synced: 'متزامن',
    inactive: 'معطّل',
    active: (name) => `نشط: ${iso(name)}`,
    activeLabel: 'نشط',
    added: (when) => `أُضيف ${when}`,
    lastUsed: (when) => `آخر استخدام ${when}`,
    neverUsed: 'لم يُستخدم بعد',
    separator: '، ',
    rename: 'إعادة التسمية',
    renameLabel: 'الاسم الجديد',
    save: 'حفظ',
    cancel: 'إلغاء',
    delete: 'حذف',
    confirmDelete: (name) => `هل تريد حذف «${iso(name)}»؟ لا يمكن التراجع عن هذا الإجراء.`,
    lastActive: 'هذا هو مفتاح المرور النشط الوحيد لديك، لذا لا يمكن تعطيله أو حذفه.',
    renamed: (name) => `تمت إعادة التسمية إلى «${iso(name)}».`,
    activated: (name) => `تم تفعيل «${iso(name)}».`,
    deactivated: (name) => `تم تعطيل «${iso(name)}».`,
    deleted: (name) => `تم حذف «${iso(name)}».`,
    nothingChanged: 'لم يتم تغيير أي شيء.',
    approvalHeading: 'التأكيد باستخدام مفتاح مرور حالي',
    approvalBody: 'لحمايتك، أكّد هذا التغيير باستخدام أحد مفاتيح المرور النشطة لديك.',
    approve: 'التأكيد باستخدام مفتاح مرور',
    approvalWait: 'في انتظار مفتاح المرور…',
    registrationDisabled:
      'لا يمكنك إضافة مفاتيح مرور: لا يملك دورك هذا الإذن. تواصل مع مسؤول مؤسستك.',
    more: (name) => `مزيد من الإجراءات لـ «${iso(name)}»`,
    justNow: 'الآن',
    emptyHelp:
      'يتيح لك مفتاح المرور تأكيد هويتك ببصمة الإصبع أو الوجه أو قفل الشاشة أو مفتاح أمان، دون كتابة أي شيء، ودون شيء يمكن لموقع مزيف سرقته.',
    approvalTitle: {
      rename: (name) => `تأكيد إعادة تسمية «${iso(name)}»`,
      activate: (name) => `تأكيد تفعيل «${iso(name)}»`,
      deactivate: (name) => `تأكيد تعطيل «${iso(name)}»`,
      delete: (name) => `تأكيد حذف «${iso(name)}»`,
    },
    refused: {
      rename: 'لا يسمح دورك بإعادة تسمية مفاتيح المرور. اطلب الإذن من مسؤول مؤسستك.',
      activate: 'لا يسمح دورك بتفعيل مفاتيح المرور. اطلب الإذن من مسؤول مؤسستك.',
      deactivate: 'لا يسمح دورك بتعطيل مفاتيح المرور. اطلب الإذن من مسؤول مؤسستك.',
      delete: 'لا يسمح دورك بحذف مفاتيح المرور. اطلب الإذن من مسؤول مؤسستك.',
    },
  },
  qr: {
    label: 'رمز QR',
    copy: 'نسخ الرابط',
    copied: 'تم النسخ',
    tooLong: 'هذا النص أطول من أن يتسع له رمز QR.',
    failed: 'تعذّر رسم رمز QR.',
  },
};
export default ar;
