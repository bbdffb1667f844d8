import type { APIRoute } from 'astro';
import { ICONS, THEME_COLOUR } from '../build/icons.ts';
import { t } from '../i18n/i18n.ts';

/** The web app manifest: everything relative to the base path, so a sub-path deployment installs correctly. */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const tr = t();
  return Response.json({
    name: tr('app.name'),
    short_name: tr('app.shortName'),
    description: tr('site.tagline'),
    lang: 'zh-Hans',
    start_url: base,
    scope: base,
    id: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLOUR,
    icons: [
      ...(['icon-192', 'icon-512'] as const).map((name) => ({
        src: `${base}icons/${name}.png`,
        sizes: `${ICONS[name].size}x${ICONS[name].size}`,
        type: 'image/png',
        purpose: 'any',
      })),
      { src: `${base}icons/maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  });
};
