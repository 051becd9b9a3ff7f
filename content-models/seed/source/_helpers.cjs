'use strict';
/**
 * Markers used by the seed authoring files. content-models/scripts/build-seed.mjs turns them into
 * Contentful export values:
 *   entry('id') -> { sys: { type: 'Link', linkType: 'Entry', id } }
 *   asset('id') -> { sys: { type: 'Link', linkType: 'Asset', id } }
 *   rich([...]) -> a Rich Text Document, from compact blocks:
 *     ['h2', text] ['h3', text] ['p', text] ['quote', text] ['ul', [text, ...]] ['ol', [text, ...]]
 *     ['img', assetId] ['hr']
 *   Inside text: [link text](/path or https://...), **bold**, _italic_.
 */
const entry = (id) => ({ $entry: id });
const asset = (id) => ({ $asset: id });
const rich = (blocks) => ({ $rich: blocks });
/** Joins paragraphs for plain Text fields that use blank-line paragraphs (policyAsk.whyItMatters). */
const paras = (...ps) => ps.join('\n\n');

module.exports = { entry, asset, rich, paras };
