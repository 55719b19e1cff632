/** 動画 (src/schemas/video.ts): the campaign videos, 制作中 until they are published. */
import type { CollectionWording } from '../types';
import { sampleWording } from './shared';

export const videosWording: CollectionWording = {
  name: 'videos',
  label: '動画',
  label_singular: '動画',
  description: '普及啓発動画のシリーズ。公開したら状態を「公開中」に切り替えます。',
  sortableFields: ['position', 'title'],
  fields: {
    title: { label: 'タイトル', hint: '例：医療DXの概要編' },
    position: { label: '表示順', hint: 'シリーズの中で何本目か（1以上の整数）。' },
    audience: { label: '対象', hint: '例：全年齢' },
    ageRange: { label: '対象年齢', hint: '例：全年齢' },
    description: { label: '説明', multiline: true },
    status: { label: '状態', options: { 'in-production': '制作中', published: '公開中' } },
    sample: sampleWording,
  },
};
