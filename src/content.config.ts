import { defineCollection } from 'astro:content';
import { catalogueLoader, listsLoader } from './integrations/content-loader.ts';

export const collections = {
  lists: defineCollection({ loader: listsLoader() }),
  catalogue: defineCollection({ loader: catalogueLoader() }),
};
