import { defineCollection } from 'astro:content';
import { catalogueLoader, documentsLoader, listsLoader } from './integrations/content-loader.ts';

export const collections = {
  lists: defineCollection({ loader: listsLoader() }),
  catalogue: defineCollection({ loader: catalogueLoader() }),
  documents: defineCollection({ loader: documentsLoader() }),
};
