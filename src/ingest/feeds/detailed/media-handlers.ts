import type { Attrs, FeedBuilder } from './feed-builder.ts';
import { type FeedDict, type FeedValue, isDict, setDefault } from './feed-model.ts';

type Start = (b: FeedBuilder, attrs: Attrs) => void;
type End = (b: FeedBuilder) => void;

/** The generic handlers Media RSS elements reuse (title, description, category). */
export type BaseHandlers = {
  readonly startTitle: Start;
  readonly endTitle: End;
  readonly startDescription: Start;
  readonly endDescription: End;
  readonly startCategory: Start;
  readonly endCategory: End;
};

const MEDIA_CATEGORY_SCHEME = 'http://search.yahoo.com/mrss/category_schema';

function attributeList(b: FeedBuilder, key: string, attrs: Attrs): FeedDict {
  const list = setDefault(b.context(), key, []) as FeedValue[];
  const entry: FeedDict = { ...attrs };
  list.push(entry);
  return entry;
}

function lastOf(b: FeedBuilder, key: string): FeedDict | undefined {
  const list = b.context()[key];
  const last = Array.isArray(list) ? list[list.length - 1] : undefined;
  return isDict(last) ? last : undefined;
}

/**
 * Media RSS (http://search.yahoo.com/mrss/) start and end handlers with Universal Feed Parser's
 * semantics: media:title/description fill title/summary, media:category and media:keywords become tags.
 */
export function mediaHandlers(base: BaseHandlers): {
  start: Record<string, Start>;
  end: Record<string, End>;
} {
  const single = (key: string, stack: string) => ({
    start: ((b, attrs) => {
      setDefault(b.context(), key, { ...attrs });
      b.push(stack, true);
    }) as Start,
    end: ((b) => {
      const value = b.pop(stack);
      const target = b.context()[key];
      if (value?.trim() && isDict(target)) target.content = value;
    }) as End,
  });
  const rating = single('media_rating', 'rating');
  const license = single('media_license', 'license');
  return {
    start: {
      media_category: (b, attrs) => base.startCategory(b, { scheme: MEDIA_CATEGORY_SCHEME, ...attrs }),
      media_title: base.startTitle,
      media_description: base.startDescription,
      media_group: () => {},
      media_rating: rating.start,
      media_license: license.start,
      media_credit: (b, attrs) => {
        attributeList(b, 'media_credit', attrs);
        b.push('credit', true);
      },
      media_restriction: (b, attrs) => {
        setDefault(b.context(), 'media_restriction', { ...attrs });
        b.push('restriction', true);
      },
      media_content: (b, attrs) => void attributeList(b, 'media_content', attrs),
      media_thumbnail: (b, attrs) => {
        b.push('url', true);
        attributeList(b, 'media_thumbnail', attrs);
      },
      media_player: (b, attrs) => {
        b.push('media_player', false);
        b.context().media_player = { ...attrs };
      },
    },
    end: {
      media_category: base.endCategory,
      media_keywords: (b) => {
        for (const term of (b.pop('media_keywords') ?? '').split(',')) {
          if (term.trim()) b.addTag(term.trim(), null, null);
        }
      },
      media_title: (b) => {
        const depth = b.titleDepth;
        base.endTitle(b);
        b.titleDepth = depth;
      },
      media_description: base.endDescription,
      media_rating: rating.end,
      media_license: license.end,
      media_credit: (b) => {
        const value = b.pop('credit');
        const last = lastOf(b, 'media_credit');
        if (value?.trim() && last) last.content = value;
      },
      media_restriction: (b) => {
        const value = b.pop('restriction');
        const target = b.context().media_restriction;
        if (value?.trim() && isDict(target))
          target.content = value.split(' ').map((cc) => cc.trim().toLowerCase());
      },
      media_content: () => {},
      media_thumbnail: (b) => {
        const value = b.pop('url');
        const last = lastOf(b, 'media_thumbnail');
        if (value?.trim() && last && last.url === undefined) last.url = value;
      },
      media_player: (b) => {
        const value = b.pop('media_player') ?? '';
        const player = b.context().media_player;
        if (isDict(player)) player.content = value;
      },
    },
  };
}
