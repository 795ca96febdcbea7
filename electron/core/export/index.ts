import type { ExportFile, ExportFormat } from '../../shared/types';
import type { ExportContext, ExportGraph, ExportStream } from './context';
import { placeNodes, resolveContext } from './context';
import { SERIALIZERS } from './registry';

export type { EdgeList, ExportContext, ExportGraph, ExportStream } from './context';
export type { ExportFormatInfo } from './registry';
export { EXPORT_FORMAT_INFO } from './registry';
export { applyExportOptions } from './options';
export { encodedChunks, writeChunksAtomically, writeExport, writeExportStreams } from './write-export';
export { TYPE_COLORS, nodeColor } from './palette';
export { zipChunks } from './zip-stream';
export type { NodeAttributeColumn, NodeAttributes } from './node-attributes';
export { measuresAsNodeAttributes } from './node-attributes';

/**
 * Serialises a graph (already filtered by the caller) into the files of one format. Article
 * metadata in `ctx.articles` is kept for the articles the graph refers to; `ctx.positions`
 * replaces pinned positions and `ctx.nodeAttributes` adds attributes to every format.
 */
export function exportGraph(graph: ExportGraph, format: ExportFormat, ctx?: ExportContext): ExportFile[] {
  return streamExport(graph, format, ctx).map((f) => ({ name: f.name, mime: f.mime, content: [...f.chunks()].join('') }));
}

/**
 * The files of one format as streams: each file's text is made a piece at a time as it is read
 * (write them with `writeExportStreams`), so that no file is ever whole in memory. With
 * `ctx.evidence` the graph may be lean (edges without their evidence): each edge's evidence is
 * fetched when the edge is written.
 */
export function streamExport(graph: ExportGraph, format: ExportFormat, ctx?: ExportContext): ExportStream[] {
  const serialize = SERIALIZERS[format];
  if (!serialize) throw new Error(`Unknown export format: ${String(format)}`);
  const placed = placeNodes(graph, ctx?.positions);
  return serialize(placed, resolveContext(placed, ctx));
}
