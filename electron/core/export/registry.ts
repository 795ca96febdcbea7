import type { ExportFormat } from '../../shared/types';
import type { Serializer } from './context';
import { writeCsv } from './csv';
import { writeCypher } from './cypher';
import { writeCyjs } from './cyjs';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { writeJson } from './json';

/** What the UI and the CLI show about a format. */
export interface ExportFormatInfo {
  label: string;
  /** File extension without the dot (for multi-file formats, the extension of each file). */
  extension: string;
  description: string;
  /** True when the format writes several files into a folder. */
  multiFile: boolean;
}

/** The serialiser of each format. */
export const SERIALIZERS: Readonly<Record<ExportFormat, Serializer>> = {
  gexf: writeGexf,
  graphml: writeGraphml,
  csv: writeCsv,
  cyjs: writeCyjs,
  json: writeJson,
  cypher: writeCypher,
};

/** Labels, extensions and descriptions of the export formats. */
export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  gexf: {
    label: 'GEXF (Gephi)',
    extension: 'gexf',
    description: 'GEXF 1.3 with typed attributes, colours by type and pinned positions; opens in Gephi, NetworkX and graphology.',
    multiFile: false,
  },
  graphml: {
    label: 'GraphML',
    extension: 'graphml',
    description: 'GraphML with typed keys; opens in NetworkX, igraph (R and Python), yEd and Gephi.',
    multiFile: false,
  },
  csv: {
    label: 'CSV tables',
    extension: 'csv',
    description: 'A folder of UTF-8 tables (nodes.csv, edges.csv, evidence.csv, articles.csv) for Excel, R and pandas.',
    multiFile: true,
  },
  cyjs: {
    label: 'Cytoscape JSON',
    extension: 'cyjs',
    description: 'Cytoscape.js elements JSON; opens in Cytoscape Desktop and cytoscape.js.',
    multiFile: false,
  },
  json: {
    label: 'Zhitu JSON',
    extension: 'json',
    description: 'The whole graph with every attribute, all evidence and article metadata (zhitu-graph.schema.json).',
    multiFile: false,
  },
  cypher: {
    label: 'Neo4j Cypher',
    extension: 'cypher',
    description: 'A Cypher script for Neo4j 5 that creates constraints, nodes and relationships (cypher-shell -f).',
    multiFile: false,
  },
};
