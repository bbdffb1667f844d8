import type { APIRoute } from 'astro';
import { ICONS, THEME_COLOUR } from '../../build/icons.ts';
import { localised } from '../../data/locale.ts';
import { localePaths } from '../../data/paths.ts';

export const getStaticPaths = localePaths;

/**
 * The web app manifest, one per language, so the installed app opens in the
 * language it was installed from. Everything is relative to the base path, so a
 * sub-path deployment installs correctly; the scope is the whole site.
 */
export const GET: APIRoute = async ({ params }) => {
  const base = import.meta.env.BASE_URL;
  const l = await localised(params.locale);
  return Response.json({
    name: l.tr('app.name'),
    short_name: l.tr('app.shortName'),
    description: l.tr('site.tagline'),
    lang: l.locale.code,
    start_url: l.href(),
    scope: base,
    id: l.href(),
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
