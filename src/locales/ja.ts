import { plural } from '../plural.js';
import type { PasskeyLocale } from '../locale.js';

const ja: PasskeyLocale = {
  dir: 'ltr',
  register: {
    nameHeading: 'デバイスに名前を付けてください',
    nameLabel: 'デバイス名',
    nameHint:
      'パスキーを区別しやすいように、「MacBook Pro（仕事用）」「予備の YubiKey」「Google Titan Key」のような、わかりやすく具体的な名前を付けてください。',
    nameProblems: {
      empty: 'このパスキーの名前を入力してください。',
      'too-long': '64文字以内で入力してください。',
      'forbidden-characters': '名前から制御文字や文字方向を指定する文字を削除してください。',
    },
    register: '登録',
    suggestedName: (browser, os) => `${os} の ${browser}`,
    fetchingHeading: '準備しています…',
    chooseHeading: 'パスキーをどこに保存しますか？',
    chooseIntro:
      'パスキーは2つ目の認証要素で、選択したデバイスまたはセキュリティキーに保存されたままになります。',
    choices: {
      'this-device': {
        label: 'このデバイスまたはパスワードマネージャー',
        description:
          'Face ID、Touch ID、Windows Hello、指紋、PIN、またはパスワードマネージャーを使用します。',
      },
      phone: {
        label: 'iPhone、iPad、Android スマートフォン',
        description: 'スマートフォンのカメラでQRコードをスキャンします。',
      },
      'security-key': {
        label: 'セキュリティキー',
        description:
          'YubiKey、Google Titan、Token2 などの FIDO2 キーを USB または NFC で使用します。',
      },
    },
    unavailable: {
      'no-platform':
        '利用できません。先にこのデバイスで画面ロックまたはパスワードマネージャーを設定してください。',
      'no-hybrid':
        'Bluetooth がオフになっているようです。オンにするか、別の方法を選択してください。',
    },
    waiting: {
      'this-device': {
        heading: 'ブラウザの案内に従ってください',
        steps: [
          'Face ID、Touch ID、Windows Hello、指紋、またはデバイスの PIN で確認してください。',
          'パスワードマネージャーからパスキーの保存を提案された場合は、保存を許可してください。',
        ],
      },
      phone: {
        heading: 'スマートフォンを使用してください',
        steps: [
          'ブラウザにQRコードが表示されます。スマートフォンのカメラを起動し、コードに向けてください。',
          'スマートフォンとこのコンピュータの両方で、Bluetooth をオンにしたままにしてください。',
          'スマートフォンでパスキーの作成をタップし、Face ID、指紋、または PIN で確認してください。',
        ],
      },
      'security-key': {
        heading: 'セキュリティキーを使用してください',
        steps: [
          'セキュリティキーを USB ポートに差し込むか、NFC リーダーにかざしてください。',
          '求められた場合は、キーの PIN を入力してください。',
          'キーのボタンまたはセンサーに触れてください。',
        ],
      },
    },
    waitingStatus: '確認をお待ちしています…',
    verifyingHeading: 'パスキーを保存しています…',
    successHeading: 'パスキーを登録しました',
    successBody: (name) => `「${name}」を2つ目の認証要素として使用できるようになりました。`,
    successProvider: (provider) => `${provider} に保存されました。`,
    addAnother: '別のパスキーを追加',
    errors: {
      cancelled: {
        title: 'パスキーは作成されませんでした',
        body: 'リクエストがキャンセルされたか、承認されませんでした。準備ができたら、もう一度お試しください。',
      },
      timeout: {
        title: 'リクエストがタイムアウトしました',
        body: '時間内に確認されませんでした。もう一度お試しいただき、確認画面が表示されたら承認してください。',
      },
      'already-registered': {
        title: 'すでに登録されています',
        body: 'このデバイスまたはキーには、お客様のアカウントのパスキーがすでに保存されています。別のデバイスやキーを選択するか、既存のパスキーを引き続きご利用ください。',
      },
      'unsupported-authenticator': {
        title: 'この認証器は使用できません',
        body: 'この認証器は PIN や生体認証による本人確認ができませんが、このサイトではそれが必要です。別のデバイスまたはセキュリティキーをお試しください。',
      },
      'not-supported': {
        title: 'この環境ではパスキーを利用できません',
        body: 'このブラウザまたは接続はパスキーに対応していません。最新のブラウザで、安全な（https）ページからご利用ください。',
      },
      misconfigured: {
        title: 'このサイトはパスキー用に設定されていません',
        body: 'サイトのパスキー設定がサイトのアドレスと一致していません。お客様側では解決できないため、サポートまでお問い合わせください。',
      },
      'frame-not-allowed': {
        title: 'このフレームではパスキーを使用できません',
        body: 'このページは、ここでのパスキーを許可していない別のサイトの中に表示されています。ページを別のタブで開くか、このフレームでパスキーを許可するようサイトに依頼してください。',
      },
      aborted: {
        title: 'パスキーの作成が中断されました',
        body: '別のリクエストによって停止されました。もう一度お試しください。',
      },
      unknown: {
        title: '問題が発生しました',
        body: '認証器から予期しないエラーが報告されました。もう一度お試しいただくか、別の認証器をご利用ください。',
      },
      forbidden: {
        title: '権限がありません',
        body: 'お客様のロールではパスキーを追加できません。組織の管理者にアクセス権を依頼してください。',
      },
      unauthenticated: {
        title: 'セッションの有効期限が切れました',
        body: 'もう一度ログインしてから、パスキーを追加してください。',
      },
      conflict: {
        title: 'このパスキーはすでに存在します',
        body: 'このパスキーはすでにアカウントに保存されています。ページを再読み込みすると表示されます。',
      },
      expired: {
        title: 'リクエストの有効期限が切れました',
        body: '完了までに時間がかかりすぎたため、何も保存されていません。もう一度お試しください。',
      },
      'rate-limited': {
        title: '試行回数が多すぎます',
        body: '1分ほど待ってから、もう一度お試しください。',
      },
      rejected: {
        title: 'パスキーを検証できませんでした',
        body: 'サーバーがパスキーを受け付けなかったため、何も保存されていません。もう一度お試しください。',
      },
      server: {
        title: '当社側で問題が発生しました',
        body: '何も保存されていません。しばらくしてから、もう一度お試しください。',
      },
      network: {
        title: 'サーバーに接続できません',
        body: 'インターネット接続を確認してから、もう一度お試しください。',
      },
      'invalid-response': {
        title: 'サーバーから予期しない応答がありました',
        body: 'サーバーから処理できない応答が返されたため、何も保存されていません。もう一度お試しいただき、問題が続く場合はサポートまでお問い合わせください。',
      },
      declined: {
        title: 'スマートフォンで拒否されました',
        body: '何も追加されていません。別の方法を選択するか、もう一度お試しください。',
      },
      'no-adapter': {
        title: 'パスキーはまだ接続されていません',
        body: 'このページでは、パスキーのウィジェットがまだサーバーに接続されていません。サポートまでお問い合わせください。',
      },
      // Round 2 (#14): the phone's dead links, and a save that got no answer.
      'link-used': {
        title: 'このリンクは使用済みです',
        body: 'このリンクではすでにパスキーが追加されているため、再度使用することはできません。別のパスキーを追加するには、パソコンで新しいコードをスキャンしてください。',
      },
      'link-invalid': {
        title: 'このリンクは無効になりました',
        body: '有効期限が切れたか、パソコンでキャンセルされました。パソコンで新しいコードをスキャンしてください。',
      },
      'invalid-code': {
        title: 'このコードは使用できませんでした',
        body: 'コードを確認して、もう一度入力してください。認証アプリのコードは30秒ごとに変わります。',
      },
      unconfirmed: {
        title: 'パスキーが保存されたかどうかを確認できませんでした',
        body: 'サーバーから時間内に応答がありませんでした。もう一度試す前に、パスキーの一覧を確認してください。',
      },
    },
    tryAgain: 'もう一度試す',
    back: '戻る',
    cancel: 'キャンセル',
    helpSummary: 'ヒントとヘルプ',
    help: [
      {
        heading: 'デバイスを保護する',
        items: [
          '単純なコードではなく、Face ID、Touch ID、指紋、または推測されにくい PIN を使用してください。',
          '画面ロックをオンにしたままにし、短時間で自動的にロックされるように設定してください。',
          'PIN や生体情報は、決して他人と共有しないでください。',
        ],
      },
      {
        heading: '同期されたパスキーはすべてのデバイスで使えます',
        items: [
          'iCloud Keychain、Google Password Manager、Samsung Pass、1Password、Bitwarden、NordPass、Proton Pass は、同じアカウントでサインインしているすべてのデバイスでパスキーを利用できるようにし、バックアップも行います。',
        ],
      },
      {
        heading: '予備を用意する',
        items: [
          'デバイスを紛失した場合に備えて、予備のセキュリティキーなど、2つ目のパスキーを登録してください。',
          '共有のタブレットなど、いつも手元にあるとは限らないデバイスは避けてください。',
        ],
      },
      {
        heading: 'トラブルシューティング',
        items: [
          'ブラウザの確認画面が表示されない：ブラウザを更新し、拡張機能やポップアップブロッカーが妨げていないか確認してください。',
          'Face ID、指紋、または PIN が失敗する：指の汚れを拭き取るか、このデバイスの PIN を使用して、もう一度お試しください。',
          '既存のパスキーでの確認を求められた場合：パスキーをお持ちであれば通常の動作です。他の人がお客様のアカウントにパスキーを追加できないようにするためです。',
        ],
      },
    ],
    approvingHeading: '既存のパスキーで確認',
    approvingBody:
      'お客様のアカウントにはすでにパスキーがあります。そのパスキーで新しいパスキーを確認してください。確認するまで何も保存されません。',
    approve: 'パスキーで確認',
    approvingWait: '既存のパスキーによる確認をお待ちしています…',
    approvalNothingSaved: '既存のパスキーで確認されなかったため、何も保存されていません。',
    handoffStarting: 'コードを作成しています…',
    handoffHeading: 'スマートフォンのカメラでスキャンしてください',
    handoffSteps: [
      'iPhone または Android スマートフォンのカメラを起動し、コードに向けてください。',
      'リンクを開き、スマートフォンでパスキーを作成してください。',
      '完了すると、このページは自動的に更新されます。',
    ],
    handoffQrLabel: 'スマートフォンでパスキーを追加するためのリンクを含むQRコード',
    handoffCountdown: (time) => `コードの有効期限まで残り ${time}`,
    handoffExpiredHeading: 'このコードは有効期限が切れています',
    handoffExpiredBody:
      'コードは1回限り、数分間のみ有効です。続けるには、新しいコードを作成してください。',
    handoffRegenerate: '新しいコード',
    handoffUseBluetooth: '代わりに Bluetooth を使用',
    phoneLoading: 'リンクを確認しています…',
    phoneHeading: 'このスマートフォンにパスキーを追加',
    phoneAccount: (account) => `対象のアカウント：${account}`,
    phoneName: (name) => `名前は「${name}」になります。`,
    phoneCreate: 'このスマートフォンでパスキーを作成',
    phoneDecline: '拒否',
    phoneDoneHeading: '完了しました。コンピュータに戻ってください',
    phoneDoneBody: (name) =>
      `「${name}」はこのスマートフォンに保存されました。確認結果はコンピュータに表示されます。`,
    phoneDeclinedHeading: '拒否しました',
    phoneDeclinedBody: 'アカウントには何も追加されていません。このページは閉じてかまいません。',
    // #15 design pass: calm cancels, the second prompt, the phone option, the QR view.
    calm: {
      cancelled:
        'キャンセルしたため、何も作成されていません。準備ができたら、もう一度お試しください。',
      declined:
        'スマートフォンで拒否したため、何も追加されていません。別の方法を選ぶか、もう一度お試しください。',
      'not-confirmed':
        '既存のパスキーで確認されなかったため、何も保存されていません。準備ができたら、もう一度お試しください。',
    },
    approvalAhead:
      'すでにパスキーをお持ちの場合は、続けてそのパスキーでの確認を求められることがあります。',
    phoneHybridDescription:
      'ブラウザに表示されるQRコードをスキャンします。Bluetooth をオンにしておく必要があります。',
    handoffBluetoothIntro: 'スマートフォンでリンクが開かない場合',
    handoffWarning:
      'このコードはあと30秒以内に期限切れになります。新しいコードを使うには「時間を延長」を選んでください。',
    handoffMoreTime: '時間を延長',
  },
  credentials: {
    heading: 'ご登録のパスキー',
    summary: (total, active) =>
      `${plural('ja', total, { other: 'パスキー #件' })}（うち有効 ${plural('ja', active, { other: '#件' })}）`,
    intro:
      'パスキーを保存したデバイスを紛失した場合はそのパスキーを無効にし、見つかったら再び有効にしてください。',
    add: 'パスキーを追加',
    close: '閉じる',
    loading: 'パスキーを読み込んでいます…',
    empty: 'パスキーはまだ追加されていません。',
    retry: 'もう一度試す',
    passkey: 'パスキー',
    securityKey: 'セキュリティキー',
    synced: '同期済み',
    inactive: '無効',
    active: (name) => `有効：${name}`,
    activeLabel: '有効',
    added: (when) => `追加：${when}`,
    lastUsed: (when) => `最終使用：${when}`,
    neverUsed: '未使用',
    separator: '、',
    rename: '名前を変更',
    renameLabel: '新しい名前',
    save: '保存',
    cancel: 'キャンセル',
    delete: '削除',
    confirmDelete: (name) => `「${name}」を削除しますか？この操作は元に戻せません。`,
    lastActive: 'これは唯一の有効なパスキーのため、無効にすることも削除することもできません。',
    renamed: (name) => `名前を「${name}」に変更しました。`,
    activated: (name) => `「${name}」を有効にしました。`,
    deactivated: (name) => `「${name}」を無効にしました。`,
    deleted: (name) => `「${name}」を削除しました。`,
    nothingChanged: '何も変更されていません。',
    approvalHeading: '既存のパスキーで確認',
    approvalBody: 'セキュリティのため、有効なパスキーのいずれかでこの変更を確認してください。',
    approve: 'パスキーで確認',
    approvalWait: 'パスキーによる確認をお待ちしています…',
    registrationDisabled:
      'お客様のロールには権限がないため、パスキーを追加できません。組織の管理者にお問い合わせください。',
    more: (name) => `「${name}」のその他の操作`,
    justNow: 'たった今',
    emptyHelp:
      'パスキーを使うと、指紋、顔認証、画面ロック、またはセキュリティキーで本人確認ができます。入力は不要で、偽のサイトに盗まれることもありません。',
    approvalTitle: {
      rename: (name) => `「${name}」の名前変更を確認`,
      activate: (name) => `「${name}」の有効化を確認`,
      deactivate: (name) => `「${name}」の無効化を確認`,
      delete: (name) => `「${name}」の削除を確認`,
    },
    refused: {
      rename:
        'お使いのロールではパスキーの名前を変更できません。組織の管理者にお問い合わせください。',
      activate:
        'お使いのロールではパスキーを有効にできません。組織の管理者にお問い合わせください。',
      deactivate:
        'お使いのロールではパスキーを無効にできません。組織の管理者にお問い合わせください。',
      delete: 'お使いのロールではパスキーを削除できません。組織の管理者にお問い合わせください。',
    },
  },
  qr: {
    label: 'QRコード',
    copy: 'リンクをコピー',
    copied: 'コピーしました',
    tooLong: 'このテキストはQRコードにするには長すぎます。',
    failed: 'QRコードを表示できませんでした。',
  },
};
export default ja;
