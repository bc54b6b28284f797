import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { type DefaultTreeAdapterMap, defaultTreeAdapter, Parser, type TreeAdapter } from 'parse5';
import { VFile } from 'vfile';

type Attach = Parser<DefaultTreeAdapterMap>['_attachElementToTree'];

/**
 * parse5 as `rehype-parse` runs it, but for how it writes locations. On Node 20, an object literal
 * that spreads another and then gains a property (`{ ...location, startTag: location }`) gets a
 * hidden class of its own, and parse5 writes every element's location that way, twice. Hidden
 * classes live in the old generation: a 1 KB page left about thirteen there as garbage, and over an
 * archive of pages that was most of what made a long run's heap grow past a short one's. The same
 * objects built with `Object.assign` share their hidden classes.
 */
class LocatingParser extends Parser<DefaultTreeAdapterMap> {
  override _attachElementToTree(...[element, location, insertionLocation]: Parameters<Attach>): void {
    super._attachElementToTree(element, null, insertionLocation);
    // parse5 passes no location when it is not asked for locations.
    if (location) {
      this.treeAdapter.setNodeSourceCodeLocation(element, Object.assign({}, location, { startTag: location }));
    }
  }
}

const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  updateNodeSourceCodeLocation(node, endLocation) {
    node.sourceCodeLocation = Object.assign({}, node.sourceCodeLocation, endLocation);
  },
};

/** An HTML document as a hast tree whose nodes have positions in `html`. */
export function parseHtml(html: string): Root {
  const document = LocatingParser.parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false, treeAdapter });
  return fromParse5(document, { file: new VFile(html) }) as Root;
}
