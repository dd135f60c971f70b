import En from './En.astro';
import Lv from './Lv.astro';

/** The components every MDX body may use without importing them: language-of-parts marks. */
export const bodyComponents = { Lv, En };
