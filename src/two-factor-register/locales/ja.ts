import type { TwoFactorLocale } from '../locale.js';

const num = (n: number) => new Intl.NumberFormat('ja').format(n);

const ja: TwoFactorLocale = {
  dir: 'ltr',
  shell: {
    tablist: 'サインイン方法',
    tabs: { passkey: 'パスキー', totp: '認証アプリ', recovery: 'リカバリーコード' },
  },
  recovery: {
    heading: 'リカバリーコード',
    intro:
      'パスキーや認証アプリを使えないときは、リカバリーコードでサインインできます。各コードは 1 回だけ使えます。',
    loading: 'リカバリーコードを読み込んでいます…',
    notSetUp: '未設定',
    notSetUpBody:
      'コードを生成し、パスワードマネージャーや印刷した紙など、安全な場所に保管してください。',
    generate: 'コードを生成',
    remaining: (left, total) => `残り ${num(left)} 個(全 ${num(total)} 個)`,
    low: 'コードの残りが少なくなっています。アカウントにアクセスできなくならないよう、新しいコードを生成してください。',
    regenerate: '新しいコードを生成',
    regenerateTitle: 'リカバリーコードを置き換えますか?',
    regenerateBody:
      '新しいコードを保存すると、書き留めたものも含め、現在のコードはすべて使えなくなります。',
    continue: '続行',
    cancel: 'キャンセル',
    preparing: '準備しています…',
    approvalTitle: 'ご本人確認',
    approvalBody: '新しいリカバリーコードを作成するには、登録済みのパスキーで承認してください。',
    approve: 'パスキーで承認',
    approvalWait: 'ブラウザの案内に従ってください…',
    generating: 'コードを生成しています…',
    codesTitle: 'リカバリーコードを保存してください',
    codesBody:
      'コードが表示されるのは今回だけです。安全な場所に保管してください。各コードは 1 回だけ使えます。',
    codesLabel: 'リカバリーコード',
    copy: 'すべてコピー',
    copied: 'コードをクリップボードにコピーしました。',
    copyFailed: 'コピーできませんでした。ダウンロードするか印刷してください。',
    download: 'ダウンロード',
    downloaded: 'コードをテキストファイルとしてダウンロードしました。',
    print: '印刷',
    sheetTitle: (site) => `${site} のリカバリーコード`,
    sheetNote: (date) => `${date} に作成。各コードは 1 回だけ使えます。`,
    fileName: 'recovery-codes',
    saved: 'これらのコードを安全な場所に保存しました',
    savedMissing: 'コードを保存したら、チェックボックスをオンにしてください。',
    done: '完了',
    confirming: '保存しています…',
    keepsOld: '「完了」を押すまでは、現在のコードが引き続き有効です。',
    notSavedYet: '「完了」を押すまで、これらのコードは有効になりません。',
    ready: (total) => `新しいリカバリーコード ${num(total)} 個が使えるようになりました。`,
    nothingChanged: '何も変更されていません。',
    retry: '再試行',
    back: '戻る',
    statusError: {
      title: 'リカバリーコードを読み込めませんでした',
      body: 'サーバー側で問題が発生しました。しばらくしてからもう一度お試しください。',
    },
    errors: {
      forbidden: {
        title: '権限がありません',
        body: 'お使いのロールではリカバリーコードを変更できません。組織の管理者にお問い合わせください。',
      },
      unauthenticated: {
        title: 'セッションの有効期限が切れました',
        body: 'もう一度サインインしてから、このページに戻ってください。何も変更されていません。',
      },
      conflict: {
        title: 'リカバリーコードが別の場所で変更されました',
        body: '別のウィンドウで変更されました。戻って現在の状態を確認してください。',
      },
      expired: {
        title: 'これらのコードは期限切れです',
        body: '時間内に確認されなかったため、有効になっていません。保存または印刷したコピーは破棄してください。現在のコードがある場合は引き続き使えます。新しいコードを生成してください。',
      },
      'rate-limited': {
        title: '試行回数が多すぎます',
        body: '1 分ほど待ってから、もう一度お試しください。何も変更されていません。',
      },
      server: {
        title: 'サーバー側で問題が発生しました',
        body: '何も変更されていません。しばらくしてからもう一度お試しください。',
      },
      network: {
        title: 'サーバーに接続できません',
        body: 'インターネット接続を確認してから、もう一度お試しください。何も変更されていません。',
      },
      'invalid-response': {
        title: 'サーバーから予期しない応答がありました',
        body: 'サーバーの応答を処理できなかったため、何も変更されていません。もう一度お試しください。繰り返し発生する場合はサポートにお問い合わせください。',
      },
      approval: {
        title: '承認が完了しませんでした',
        body: 'パスキーで新しいコードが承認されなかったため、何も変更されていません。このアカウントに登録済みのパスキーで、もう一度お試しください。',
      },
    },
  },
};

export default ja;
