import type { TotpLocale } from '../strings.js';

const ja: TotpLocale = {
  dir: 'ltr',
  totp: {
    heading: '認証アプリ',
    loading: '認証アプリの設定を確認しています…',
    offBody:
      'Google Authenticator、Microsoft Authenticator、1Password などのスマートフォンのアプリで、サインイン用のコードを表示できます。インターネットに接続していなくても使えます。',
    setUp: '認証アプリを設定',
    approvingHeading: 'パスキーで確認',
    approvingBody: {
      'totp-setup':
        '認証アプリを設定するには、お使いのパスキーのいずれかでご本人であることを確認してください。',
      'totp-remove':
        '認証アプリを削除するには、お使いのパスキーのいずれかでご本人であることを確認してください。',
    },
    approve: 'パスキーで確認',
    approvingWait: 'パスキーによる確認をお待ちしています…',
    starting: 'キーを作成しています…',
    scanHeading: 'アプリでQRコードをスキャン',
    scanSteps: [
      '認証アプリを開き、アカウントの追加を選びます。',
      'このQRコードをアプリでスキャンします。',
      'アプリに表示されたコードを入力します。',
    ],
    qrLabel: '認証アプリ用のQRコード',
    account: (account) => `アカウント：${account}`,
    manualSummary: 'スキャンできない場合はキーを入力',
    manualBody: 'アプリでセットアップキーの入力を選び、次のキーを入力してください：',
    keyDetails: (digits) => `時間ベース、${digits}桁。`,
    copy: 'キーをコピー',
    copied: 'キーをコピーしました',
    codeLabel: 'アプリのコード',
    codeHint: (digits) => `アプリに現在表示されている${digits}桁のコード。`,
    codeProblem: (digits) => `アプリに表示されている${digits}桁の数字を入力してください。`,
    nameLabel: '名前（任意）',
    nameHint:
      '後で見分けられるように、例えば「スマートフォンの Google Authenticator」などと入力します。',
    nameProblems: {
      'too-long': '64文字以内で入力してください。',
      'forbidden-characters': '名前から制御文字や文字方向を指定する文字を削除してください。',
    },
    verify: '確認して有効にする',
    verifying: 'コードを確認しています…',
    cancel: 'キャンセル',
    addedHeading: '認証アプリを設定しました',
    addedBody: '今後は認証アプリのコードでサインインできます。',
    addedBodyNamed: (name) => `今後は「${name}」のコードでサインインできます。`,
    done: '完了',
    onBody: 'このアプリのコードでサインインできます。',
    unnamed: '認証アプリ',
    addedOn: (date) => `${date}に追加`,
    remove: '削除',
    removeHeading: '認証アプリを削除しますか？',
    removeBody:
      'このアプリのコードではサインインできなくなります。アプリはいつでも設定し直せます。',
    removeConfirm: 'アプリを削除',
    removing: '認証アプリを削除しています…',
    notices: {
      cancelled: '何も変更されていません。',
      removed: '認証アプリを削除しました。',
      'already-set-up': 'このアカウントには、すでに認証アプリが設定されています。',
    },
    errors: {
      network: {
        title: 'サーバーに接続できません',
        body: 'インターネット接続を確認してから、もう一度お試しください。',
      },
      server: {
        title: 'システム側で問題が発生しました',
        body: '何も変更されていません。しばらくしてからもう一度お試しください。',
      },
      'invalid-response': {
        title: 'サーバーから予期しない応答がありました',
        body: 'サーバーから処理できない応答が返されたため、何も保存されていません。もう一度お試しいただき、問題が続く場合はサポートまでお問い合わせください。',
      },
      unauthenticated: {
        title: 'セッションの有効期限が切れました',
        body: 'もう一度サインインしてから、認証アプリを設定してください。',
      },
      forbidden: {
        title: '権限がありません',
        body: 'お使いのアカウントでは認証アプリを変更できません。組織の管理者にお問い合わせください。',
      },
      'no-adapter': {
        title: '認証アプリはまだ接続されていません',
        body: 'このページはウィジェットをサーバーにまだ接続していません。サポートまでお問い合わせください。',
      },
    },
    setupErrors: {
      expired: {
        title: '設定の有効期限が切れました',
        body: '時間がかかりすぎたため、何も保存されていません。最初からやり直して新しいQRコードを取得し、アプリから古い項目を削除してください。',
      },
      'rate-limited': {
        title: '試行回数が多すぎます',
        body: '1分ほど待ってから、そのときアプリに表示されているコードを入力してください。',
      },
      'invalid-code': {
        title: 'このコードは使用できませんでした',
        body: 'アプリに今表示されているコードを入力してください。コードは30秒ごとに変わります。',
      },
      approval: {
        title: 'パスキーで確認できませんでした',
        body: '何も変更されていません。もう一度お試しいただくか、別のパスキーをお使いください。',
      },
    },
    tryAgain: 'もう一度試す',
    startAgain: '最初からやり直す',
    back: '戻る',
  },
};

export default ja;
