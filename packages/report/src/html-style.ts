import { createHash } from 'node:crypto';

/**
 * The report's only style sheet. It is inline and allowed by its hash in the Content-Security-Policy,
 * so nothing else (no injected `style` attribute, no script) runs even if escaping ever failed.
 * Figures open their finding through `:target`, so the report works with scripts off.
 */
export const CSS = `
:root { color-scheme: light; --conflict: #d1242f; --rounded: #bf8700; --ambiguous: #8250df; --unmatched: #6e7781; --match: #1a7f37; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #f6f8fa; }
header { padding: 1.25rem 2rem; background: #fff; border-bottom: 1px solid #d0d7de; }
h1 { margin: 0 0 .5rem; font-size: 1.35rem; }
h2 { margin: 0 0 .75rem; font-size: 1.1rem; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
h3 { margin: 0 0 .5rem; font-size: 1rem; }
main { padding: 1.5rem 2rem; }
.counts, .legend { display: flex; flex-wrap: wrap; gap: .5rem; margin: .25rem 0; padding: 0; list-style: none; }
.chip { display: inline-block; padding: .05rem .55rem; border-radius: 1rem; font-size: .85rem; font-weight: 600; color: #fff; }
.verdict-conflict { --v: var(--conflict); } .verdict-rounded { --v: var(--rounded); } .verdict-ambiguous { --v: var(--ambiguous); }
.verdict-unmatched { --v: var(--unmatched); } .verdict-match { --v: var(--match); }
.chip { background: var(--v); }
.status { margin: .5rem 0 0; font-weight: 600; }
.status.fail { color: var(--conflict); } .status.pass { color: var(--match); } .status.report { color: #59636e; }
.filters { margin: .5rem 0 0; font-size: .9rem; } .filters label { margin-right: 1rem; cursor: pointer; }
body:has(#show-match:not(:checked)) .fig.verdict-match, body:has(#show-unmatched:not(:checked)) .fig.verdict-unmatched { background: none; border-bottom-color: transparent; }
body:has(#show-match:not(:checked)) .list .verdict-match, body:has(#show-unmatched:not(:checked)) .list .verdict-unmatched { display: none; }
.chip.suppressed { background: #8c959f; }
.fig.suppressed { --v: #8c959f; border-bottom-style: dotted; }
.finding.suppressed .message, .list .suppressed { color: #8c959f; }
.why { margin: 0 0 .35rem; color: #59636e; font-style: italic; }
.article { margin: 0 0 2rem; padding: 1.25rem; background: #fff; border: 1px solid #d0d7de; border-radius: 8px; }
.cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 1.25rem; align-items: start; }
@media (max-width: 900px) { .cols { grid-template-columns: 1fr; } }
.source { margin: 0; padding: 1rem; white-space: pre-wrap; overflow-wrap: anywhere; font: 14px/1.6 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f6f8fa; border-radius: 6px; }
.fig { color: inherit; text-decoration: none; border-radius: 3px; padding: 0 .1rem; background: color-mix(in srgb, var(--v) 18%, transparent); border-bottom: 2px solid var(--v); }
.fig:hover, .fig:focus { background: color-mix(in srgb, var(--v) 32%, transparent); outline: none; }
.fig.verdict-unmatched { border-bottom-style: dashed; }
.panels { position: sticky; top: 1rem; }
.hint { margin: 0; padding: 1rem; color: #59636e; border: 1px dashed #d0d7de; border-radius: 6px; }
.panels:has(.panel:target) .hint { display: none; }
.panel { display: none; padding: 1rem; border: 1px solid #d0d7de; border-radius: 6px; background: #fff; box-shadow: 0 3px 12px rgba(31, 35, 40, .12); }
.panel:target { display: block; }
.finding { margin: .75rem 0 0; padding: .75rem 0 0; border-top: 1px solid #d8dee4; }
.finding:first-of-type { border-top: 0; padding-top: 0; }
.finding .head { display: flex; gap: .5rem; align-items: center; margin: 0 0 .35rem; }
.rule { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: #59636e; }
.message { margin: 0 0 .5rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .75rem; margin: 0; font-size: .9rem; }
dt { color: #59636e; } dd { margin: 0; overflow-wrap: anywhere; }
code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.missing { color: #59636e; font-style: italic; }
details { margin-top: 1rem; } summary { cursor: pointer; color: #0969da; }
/* Numbers inside the box: outside it, a padding sized for "9." cut "10." down to "0.". */
.list { margin: .5rem 0 0; padding-left: 0; list-style-position: inside; font-size: .9rem; }
.list a { color: inherit; }
`;

/** The CSP source that allows exactly this style sheet. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}
