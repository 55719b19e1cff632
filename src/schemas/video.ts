/**
 * One video of the outreach series (医療DX普及啓発動画). An entry exists from the day the
 * video is planned: production runs R8年8月～R9年1月 and the SNS ads start in 2月, so most
 * entries are 制作中 for months. Releasing one (公開中) requires what a viewer who cannot
 * hear or see it needs: captions, a full transcript, and a duration.
 *
 * Field names are plain camelCase because the CMS (Decap) mirrors them one to one.
 */
import { z } from 'astro/zod';
import { isIsoDuration, plannedMonthPattern, youtubeIdPattern } from './vocabularies';
import { httpsUrl, instant, isSitePath, sample, translationsOf, type ImageSchema } from './shared';

/** Stored values; the site shows them as 制作中 / 公開中 (ui-strings `videoStatus`). */
export const videoStatuses = ['in-production', 'published'] as const;

/** One paragraph of the transcript: what is said, and what the picture shows meanwhile. */
export const videoTranscriptItem = z.object({
  /** What is on screen, for people who cannot see it (audio description in text). */
  scene: z.string().trim().optional(),
  /** Who speaks: ナレーション, a character's name; empty for captions without a speaker. */
  speaker: z.string().trim().default(''),
  /** The words, exactly as spoken. */
  line: z.string().trim().min(1, '書き起こしのせりふ（line）が空です'),
});

/** A next step for the viewer: a manga episode, a seminar, a Navi page. */
export const videoRelatedLink = z.object({
  /** Link text saying where it goes, e.g. 「マンガで読む：待ち時間が長いのが心配」. */
  label: z.string().trim().min(1, 'リンクの文言（label）を入力してください'),
  /** A path on this site (`/manga/`) or a full https:// URL. */
  href: z
    .string()
    .trim()
    .refine((value) => isSitePath(value) || httpsUrl.safeParse(value).success, 'リンク先（href）は / から始まるサイト内のパスか https:// のURLにしてください'),
  /** One sentence on why to go there. */
  description: z.string().trim().optional(),
});

export const videoSchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  z
    .object({
      /** Series name exactly as the plan lists it, e.g. 若年層編. */
      title: z.string().trim().min(1, 'タイトル（title）を入力してください'),
      /** Order in the series, 1 = 医療DXの概要編. */
      position: z.number().int().positive(),
      /** Short audience name for cards, e.g. 若年層. */
      audience: z.string().trim().min(1, '対象（audience）を入力してください'),
      /** ターゲット層 exactly as the plan writes it, e.g. 主に10代後半～30代. */
      ageRange: z.string().trim().min(1, '年齢層（ageRange）を入力してください'),
      /** One or two sentences for the card, the meta description and the VideoObject. */
      description: z.string().trim().min(1, '説明（description）を入力してください'),
      /** 伝える内容・訴求ポイント, quoted from the plan. */
      points: z.array(z.string().trim().min(1)).min(1, '伝える内容（points）を1つ以上入力してください'),
      /** The words the video wants to leave behind (「スマートさ」「手軽さ」). */
      appeals: z.array(z.string().trim().min(1)).default([]),
      status: z.enum(videoStatuses, { error: '状態（status）は in-production（制作中）か published（公開中）です' }),
      /** For a video in production: the month it is expected, YYYY-MM. */
      plannedMonth: z
        .string()
        .regex(plannedMonthPattern, '公開予定月（plannedMonth）は 2027-02 の形式で書いてください')
        .optional(),
      /** When the video went (or goes) public; becomes the VideoObject uploadDate. */
      releaseDate: instant.optional(),
      /** Length as ISO 8601, e.g. PT1M30S (1分30秒). */
      duration: z
        .string()
        .trim()
        .refine(isIsoDuration, '長さ（duration）は ISO 8601 の形式（例：1分30秒なら PT1M30S）で書いてください')
        .optional(),
      /** The 11-character id from the YouTube URL (watch?v=…). */
      youtubeId: z.string().trim().regex(youtubeIdPattern, 'YouTube の動画ID（youtubeId）は11文字の英数字・-・_ です').optional(),
      /** A self-hosted MP4 file beside the entry, e.g. video.mp4. */
      videoFile: z.string().trim().regex(/^[\w.-]+\.mp4$/, '動画ファイル（videoFile）は同じフォルダの .mp4 ファイル名です').optional(),
      /** Still shown before a self-hosted video plays. */
      poster: image().optional(),
      /** WebVTT captions beside the entry, e.g. captions.vtt. */
      captions: z.string().trim().regex(/^[\w.-]+\.vtt$/, '字幕（captions）は同じフォルダの .vtt ファイル名です').optional(),
      /** Everything said, with scene descriptions: the text version of the video. */
      transcript: z.array(videoTranscriptItem).default([]),
      /**
       * Or the same as a text file beside the entry (src/lib/videos/transcript-text.ts), uploaded in the
       * CMS; the build reads it into `transcript`.
       */
      transcriptFile: z.string().trim().regex(/^[\w.-]+\.txt$/, '書き起こしファイル（transcriptFile）は同じフォルダの .txt ファイル名です').optional(),
      /** 16:9 image for cards, the YouTube facade and the OGP card. */
      thumbnail: image(),
      /** What the thumbnail shows. */
      thumbnailAlt: z.string().trim().min(1, 'サムネイルの代替テキスト（thumbnailAlt）を入力してください'),
      /** Text that goes with shared links; defaults to the description. */
      shareText: z.string().trim().max(120, '共有文（shareText）は120文字以内にしてください').optional(),
      /** Next steps after watching. */
      related: z.array(videoRelatedLink).default([]),
      sample,
      /**
       * The page in other languages: title, description, points, thumbnail alt and, where
       * provided, the transcript and a captions file in that language (captions.en.vtt).
       */
      translations: translationsOf(
        z.object({
          title: z.string().trim().min(1, '翻訳のタイトル（translations.*.title）を入力してください'),
          description: z.string().trim().min(1, '翻訳の説明（translations.*.description）を入力してください'),
          points: z.array(z.string().trim().min(1)).default([]),
          thumbnailAlt: z.string().trim().optional(),
          transcript: z.array(videoTranscriptItem).default([]),
          captions: z.string().trim().regex(/^[\w.-]+\.vtt$/, '翻訳の字幕（translations.*.captions）は同じフォルダの .vtt ファイル名です').optional(),
        }),
      ),
    })
    .superRefine((video, context) => {
      const need = (field: string, message: string) => context.addIssue({ code: 'custom', path: [field], message });
      if (video.videoFile && !video.poster) need('poster', '動画ファイル（videoFile）には再生前に表示する画像（poster）が必要です');
      if (video.status === 'in-production') {
        if (!video.plannedMonth) need('plannedMonth', '制作中の動画には公開予定月（plannedMonth、例 2027-02）が必要です');
        return;
      }
      // A released video must be usable without sound and without sight (JIS X 8341-3 1.2.x).
      if (!video.captions) need('captions', '公開中の動画には字幕ファイル（captions、WebVTT）が必要です');
      if (video.transcript.length === 0 && !video.transcriptFile) need('transcript', '公開中の動画には書き起こし（transcript）か書き起こしファイル（transcriptFile）が必要です');
      if (!video.duration) need('duration', '公開中の動画には長さ（duration、例 PT1M30S）が必要です');
      if (!video.releaseDate) need('releaseDate', '公開中の動画には公開日（releaseDate）が必要です');
      if (!video.youtubeId && !video.videoFile) need('youtubeId', '公開中の動画には YouTube の動画ID（youtubeId）か動画ファイル（videoFile）が必要です');
    });

export type VideoData = z.infer<ReturnType<typeof videoSchema>>;
