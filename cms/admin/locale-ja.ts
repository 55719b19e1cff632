/**
 * Japanese for what Decap's `ja` locale leaves in English (「Add ページ」, screen-reader labels
 * such as "string field" and "Set start to now", the notes pane), merged over it with
 * `CMS.registerLocale('ja', …)`. Keys follow decap-cms-locales' `en` file.
 */
export const jaAdditions = {
  auth: { loginWithForgejo: 'Forgejo でログインする' },
  collection: {
    collectionTop: { viewAsList: 'リスト表示', viewAsGrid: 'グリッド表示' },
    entries: { unpublishedHeader: '未公開のエントリ' },
  },
  editor: {
    // Decap passes the widget's type name (string, select…), not the field's label: left out.
    editorControl: { field: { widgetLabel: '入力欄' } },
    editorControlPane: {
      i18n: { copyFromLocale: '別の言語から入力する', copyFromLocaleConfirm: '%{locale} の内容で入力しますか？\n入力済みの内容はすべて上書きされます。' },
    },
    editorInterface: { toggleNotes: 'メモの表示を切り替える' },
    editorNotesPane: {
      title: 'メモ',
      emptyState: 'メモはまだありません。下の欄から最初のメモを追加できます。',
      addNote: 'メモを追加',
      addPlaceholder: 'メモを入力…',
      editPlaceholder: 'メモを編集…',
      save: '保存',
      cancel: 'キャンセル',
      edit: '編集',
      delete: '削除',
      resolve: '解決済みにする',
      unresolve: '未解決に戻す',
      confirmDelete: 'このメモを削除しますか？',
      shortcut: 'Ctrl+Enter でメモをすぐに追加できます',
    },
    editorWidgets: {
      markdown: { strikethrough: '取り消し線', toggleMode: { rich: 'リッチテキストで編集する', markdown: 'マークダウンで編集する' } },
      image: { chooseMultiple: '画像を選択', addMore: '画像を追加', removeAll: '画像をすべて削除' },
      file: { chooseMultiple: 'ファイルを選択', addMore: 'ファイルを追加', removeAll: 'ファイルをすべて削除' },
      // %{fieldLabel} is the field's key (start), not its label: left out.
      datetime: { setToNow: '現在の日時にする' },
      list: { add: '%{item}を追加', addType: '%{item}を追加' },
      object: { expand: '開く', collapse: '閉じる' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: '閉じる' } },
  ui: {
    settingsDropdown: { account: 'アカウントのメニュー' },
    toast: {
      noteAdded: 'メモを追加しました',
      onFailToAddNote: 'メモを追加できませんでした：%{details}',
      noteUpdated: 'メモを更新しました',
      onFailToUpdateNote: 'メモを更新できませんでした：%{details}',
      noteDeleted: 'メモを削除しました',
      onFailToDeleteNote: 'メモを削除できませんでした：%{details}',
      noteResolved: 'メモを解決済みにしました',
      noteReopened: 'メモを未解決に戻しました',
      onFailToToggleNote: 'メモの状態を変えられませんでした：%{details}',
    },
  },
};

/**
 * Decap ja phrases that say something untrue here, replaced: the editor's back link reads
 * 「…のエントリを作成中」 even on an existing entry (the English is "Writing in … collection").
 */
export const jaCorrections = {
  editor: { editorToolbar: { backCollection: '「%{collectionLabel}」の一覧に戻る' } },
};

type Tree = { [key: string]: string | Tree };

/** Decap's ja phrases with these filled in (Decap's own wording wins where it has one). */
export function mergeLocale(base: Tree, additions: Tree): Tree {
  const result: Tree = { ...additions, ...base };
  for (const [key, value] of Object.entries(additions)) {
    const existing = base[key];
    if (typeof value === 'object' && typeof existing === 'object') result[key] = mergeLocale(existing, value);
  }
  return result;
}
