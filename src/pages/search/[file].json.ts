import type { APIRoute, GetStaticPaths } from 'astro';
import { searchFiles } from '../../data/search.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  [...(await searchFiles())].map(([file, data]) => ({ params: { file }, props: { data } }));

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props['data']));
