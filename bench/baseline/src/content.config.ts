import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// The same generated measure files the project builds (BENCH_CONTENT points at them).
const measures = defineCollection({
  loader: glob({ base: process.env['BENCH_CONTENT'] ?? './content', pattern: '**/*.mdx' }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { measures };
