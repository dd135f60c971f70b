/**
 * The two accessibility engines as the browser tests run them: axe with the
 * WCAG 2.x A and AA tags, and Siteimprove Alfa with the rules whose
 * requirements include a WCAG 2.2 A or AA criterion.
 */
import { Audit, Outcome } from '@siteimprove/alfa-act';
import { Playwright } from '@siteimprove/alfa-playwright';
import allRules from '@siteimprove/alfa-rules';
import { Conformance, Criterion } from '@siteimprove/alfa-wcag';
import type { Page } from 'playwright-core';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Alfa rules this site does not run, each with the reason. None today; a rule
 * goes here only with a reason a reviewer can check, never by leaving it out
 * of the filter below.
 */
export const notRun: Record<string, string> = {};

const wcag22AA = Conformance.isAA('2.2');
export const alfaRules = [...allRules].filter(
  (rule) =>
    rule.hasRequirement((requirement) => Criterion.isCriterion(requirement) && wcag22AA(requirement)) &&
    !(ruleId(rule.uri) in notRun),
);

/** `sia-r68` from `https://alfa.siteimprove.com/rules/sia-r68`. */
export function ruleId(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}

/** Where a failed outcome points: an XPath for a node, else the target's own description. */
function where(target: unknown): string {
  const node = target as { path?: () => string } | undefined;
  return typeof node?.path === 'function' ? node.path() : String(target);
}

/**
 * Alfa's outcomes on the page as loaded: how many rules passed and the failed
 * ones as `rule: where`. Two copies of alfa-dom, for one, make every rule find
 * nothing to test, silently: callers check that some rule passed.
 */
export async function alfaOutcomes(page: Page): Promise<{ passed: number; failures: string[] }> {
  const document = await page.evaluateHandle(() => window.document);
  const outcomes = [...(await Audit.of(await Playwright.toPage(document), alfaRules).evaluate())];
  return {
    passed: outcomes.filter(Outcome.isPassed).length,
    failures: outcomes.filter(Outcome.isFailed).map((o) => `${ruleId(o.rule.uri)}: ${where(o.target)}`),
  };
}
