import type { APIRoute } from 'astro';
import { webAppManifest } from '../../lib/web-app-manifest';

export const GET: APIRoute = () => new Response(webAppManifest('en', import.meta.env.BASE_URL.replace(/\/?$/, '/')));
