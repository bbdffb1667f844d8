import { defineCollection } from 'astro:content';
import { catalogueLoader, changesLoader, documentsLoader, listsLoader, plansLoader, reportsLoader, reviewLoader, safetyLoader } from './integrations/content-loader.ts';

export const collections = {
  lists: defineCollection({ loader: listsLoader() }),
  catalogue: defineCollection({ loader: catalogueLoader() }),
  changes: defineCollection({ loader: changesLoader() }),
  review: defineCollection({ loader: reviewLoader() }),
  documents: defineCollection({ loader: documentsLoader() }),
  safety: defineCollection({ loader: safetyLoader() }),
  reports: defineCollection({ loader: reportsLoader() }),
  plans: defineCollection({ loader: plansLoader() }),
};
