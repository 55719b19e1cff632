/** 動画 (src/schemas/video.ts): the campaign videos, 制作中 until they are published. */
import { ui } from '../../src/lib/site/ui-strings';
import type { CollectionWording } from '../types';
import { sampleWording, translationsWording } from './shared';

export const videosWording: CollectionWording = {
  name: 'videos',
  label: '動画',
  label_singular: '動画',
  description: '普及啓発動画のシリーズ。公開するときは状態を「公開中」にし、字幕・書き起こし・長さ・公開日・動画IDを入力します。',
  sortableFields: ['position', 'title'],
  fields: {
    title: { label: 'タイトル', hint: '計画書のシリーズ名のとおりに（例：若年層編）。' },
    position: { label: '表示順', hint: 'シリーズの中で何本目か（1以上の整数）。' },
    audience: { label: '対象', hint: 'カードに出す短い名前（例：若年層）。' },
    ageRange: { label: '年齢層', hint: '計画書のターゲット層のとおりに（例：主に10代後半～30代）。' },
    description: { label: '説明', hint: '1〜2文。カードと検索結果に使います。', multiline: true },
    points: { label: '伝える内容', hint: '計画書の「伝える内容・訴求ポイント」を1項目ずつ。', itemLabel: '伝える内容', multiline: true },
    appeals: { label: '訴求キーワード', hint: '例：スマートさ、手軽さ', itemLabel: 'キーワード' },
    status: { label: '状態', options: ui.video.status },
    plannedMonth: { label: '公開予定月', hint: '制作中の動画は必須。2027-02 の形で入力します。' },
    releaseDate: { label: '公開日', hint: '公開中の動画は必須です。' },
    duration: { label: '長さ', hint: 'ISO 8601 の形式（1分30秒なら PT1M30S）。公開中の動画は必須です。' },
    youtubeId: { label: 'YouTube の動画ID', hint: 'URL の watch?v= の後ろの11文字。' },
    videoFile: { label: '動画ファイル名', hint: '同じフォルダに置いた .mp4 のファイル名（YouTube を使わない場合）。' },
    poster: { label: '再生前の画像', hint: '動画ファイルを使う場合は必須です。' },
    captions: { label: '字幕ファイル（WebVTT）', upload: true, hint: '「ファイルを選択」から .vtt ファイルをアップロードします（ファイル名は半角英数字、例：captions.vtt）。保存の前に WebVTT として読めるか確かめます。公開中の動画は必須です。' },
    transcript: { label: '書き起こし', hint: '見えない・聞こえない人のために、場面の説明とせりふを順に入力します。公開中の動画は、これか下の書き起こしファイルのどちらかが必須です。', itemLabel: '段落', summary: '{{fields.speaker}}：{{fields.line}}' },
    'transcript.scene': { label: '場面の説明', hint: '画面に映っているもの（例：スマートフォンでマイナポータルを開く若者）。', multiline: true },
    'transcript.speaker': { label: '話す人', hint: 'ナレーションは「ナレーション」。字幕だけのときは空欄。' },
    'transcript.line': { label: 'せりふ', multiline: true },
    transcriptFile: {
      label: '書き起こしファイル（テキスト）',
      upload: true,
      hint: '書き起こしを入力する代わりに、テキストファイル（.txt、UTF-8）をアップロードできます。1行に1段落で「話す人：せりふ」、場面の説明はせりふの前の行に「［場面］画面に映っているもの」と書きます。保存の前に読めるか確かめます。書き起こしを入力した場合は空欄にします。',
    },
    thumbnail: { label: 'サムネイル画像', hint: '16:9 の画像（幅1280px以上）。カードと共有カードに使います。' },
    thumbnailAlt: { label: 'サムネイルの代替テキスト', hint: '画像に写っているものを1文で。' },
    shareText: { label: '共有文', hint: 'SNSで共有するときの文（120文字以内）。空欄なら説明を使います。', multiline: true },
    related: { label: '次に見るページ', itemLabel: 'リンク', summary: '{{fields.label}}' },
    'related.label': { label: 'リンクの文言', hint: '行き先が分かる文に（例：マンガで読む：待ち時間が長いのが心配）。' },
    'related.href': { label: 'リンク先', hint: '/ から始まるサイト内のパスか https:// のURL。' },
    'related.description': { label: 'ひとこと説明' },
    sample: sampleWording,
    translations: translationsWording,
  },
};
