/**
 * The whole-document page's print stylesheet for one language: its running
 * title in the printed pages' margins. A file rather than an inline style, so
 * the Content-Security-Policy stays 'self' only.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { documentPaths } from '#src/data/routes.ts';
import { pagedMediaCss } from '#src/lib/print/pagedMediaCss.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';

export const getStaticPaths = documentPaths satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(pagedMediaCss(stripLangMarkup(props.document.programme.title)), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
