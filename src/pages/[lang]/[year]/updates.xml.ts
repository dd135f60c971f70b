import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getSite } from '#src/data/site.ts';
import { siteUrl } from '#src/data/siteUrl.ts';
import { updatesFeed } from '#src/data/updatesFeed.ts';
import { localeCodes } from '#src/i18n/locales.ts';
import { atomFeed } from '#src/lib/opendata/atomFeed.ts';

/** The Atom feed of a year's major publications, per language; none without a site address or a major publication. */
export const getStaticPaths = (async () => {
  const { years } = await getSite();
  return localeCodes.flatMap((lang) =>
    years.flatMap((year) => {
      const feed = updatesFeed(year, lang, siteUrl());
      return feed ? [{ params: { lang, year: String(year.year) }, props: { feed } }] : [];
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(atomFeed(props.feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
