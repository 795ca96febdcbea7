/** Help texts of the `zhitu` command line, one per command. */
export const MAIN_HELP = `zhitu: a knowledge graph of Chinese news, from the command line

Usage: zhitu <command> [options]

Commands:
  import PATH...        import files and folders of articles (.txt .md .html .htm)
  articles              list the stored articles with their dates
  entities              list entities (--type organisation|person|place|program)
  relations             list typed relations with their evidence
  stats                 counts of articles, entities and relations
  analyze               centrality and communities of the graph, ranked
  extract [FILE|-]      extract entities and relations without storing anything
  export                export the graph (--format gexf|graphml|csv|cyjs|json|cypher --out PATH)
  annotate ID           set a note, tags or a colour on an entity
  rename ID NAME        rename an entity (the old name stays an alias)
  retype ID TYPE        change an entity's type
  merge TARGET SOURCE...  merge entities into TARGET
  split-alias ID ALIAS  make an alias its own entity again
  delete ID...          delete entities (one undo takes them all back)
  add-node TYPE NAME    add an entity by hand
  add-edge SOURCE TARGET TYPE [LABEL]  add a relation by hand
  delete-edge ID        delete a relation
  set-date ARTICLE DATE set (or --clear) an article's date
  remove ID|SOURCE...   remove articles, or every article of an imported file
  undo / redo           take back or redo the last edit
  reextract             re-run extraction on every article and replay the edits
  serve                 serve the app to a browser on 127.0.0.1

Options for every command:
  --workspace DIR       the workspace folder (default ./zhitu-workspace)
  --json                print JSON on stdout
  --debug               print stack traces on errors
  --from D, --to D      only what articles dated D or later / D or earlier support
                        (entities, relations, stats, export, analyze, articles; D is YYYY-MM-DD)
  -h, --help            help for a command

Exit codes: 0 success, 1 error, 2 usage error.`;

export const COMMAND_HELP: Record<string, string> = {
  import: `Usage: zhitu import PATH... [--workspace DIR] [--json] [--max-mb N] [--page-date D]

Imports files and folders (recursively) of articles: .txt, .md, .html/.htm in UTF-8 (with or
without BOM), UTF-16 with BOM, GB18030/GBK or Big5. Pages are split into articles; entities
and relations are extracted and stored. Re-importing the same content adds nothing. Files that
cannot be read are skipped with a reason; the rest still import. Creates the workspace.
  --max-mb N            largest file accepted, in MB (default 20)
  --page-date D         the publication date of the pages imported (YYYY-MM-DD): gives the year
                        of datelines, and is the date of articles that state none (source user)`,
  articles: `Usage: zhitu articles [--from D] [--to D] [--workspace DIR] [--json]

Lists the stored articles: id, title, date, page date, where the date comes from (dateline,
page, file-name, masthead, metadata, user), place, byline, source, characters.
  --from D, --to D      only articles dated in the range (inclusive)`,
  entities: `Usage: zhitu entities [--type TYPE] [--from D] [--to D] [--workspace DIR] [--json]

Lists entities; TYPE is organisation, person, place or program.
  --from D, --to D      only entities mentioned in articles dated in the range (inclusive);
                        mentions and articles are counted there`,
  relations: `Usage: zhitu relations [--from D] [--to D] [--workspace DIR] [--json]

Lists typed relations (not mentions) with their evidence.
  --from D, --to D      only relations with evidence dated in the range (inclusive), weighed there`,
  stats: `Usage: zhitu stats [--from D] [--to D] [--workspace DIR] [--json]

Counts of articles, entities by type and relations by type.
  --from D, --to D      counts within the date range (inclusive)`,
  analyze: `Usage: zhitu analyze [--from D] [--to D] [--no-cooccurs] [--top N] [--workspace DIR] [--json]

Centrality and communities of the current, edited graph, ranked by PageRank. The graph is
undirected, with the edges between two entities collapsed into one whose weight is their sum:
degree counts neighbours, weighted degree sums the weights, betweenness counts steps and is
normalised as NetworkX does (estimated from sampled sources on very large graphs, and then
said), PageRank (damping 0.85) and Louvain communities (with their modularity) use the weights.
  --no-cooccurs         leave out co-occurrence edges
  --from D, --to D      measure the graph of articles dated in the range (inclusive)
  --top N               rows of the table (default 30); --json prints every entity`,
  extract: `Usage: zhitu extract [FILE|-] [--jsonl] [--no-split]

Extracts entities and relations without storing anything, from FILE or standard input.
By default the input is a page, split into articles; offsets point into the input as given.
  --no-split            the input is one article body
  --jsonl               standard input is JSON lines {"id", "text"}, one output line each`,
  export: `Usage: zhitu export --format F --out PATH [--workspace DIR] [--articles] [--no-cooccurs] [--from D] [--to D]

Exports the graph. F is gexf, graphml, csv (PATH is a folder: nodes.csv, edges.csv,
evidence.csv), cyjs (Cytoscape JSON), json (all attributes and evidence) or cypher (Neo4j).
  --articles            include article nodes with mentions and reported_by edges
  --no-cooccurs         leave out co-occurrence edges
  --type T              only entities of this type (repeatable)
  --from D, --to D      only what articles dated in the range support (inclusive)`,
  annotate: `Usage: zhitu annotate ID [--note TEXT] [--tag TAG]... [--color #RRGGBB]

Sets the note, tags or colour of an entity. An empty --note "" clears the note.`,
  rename: `Usage: zhitu rename ID NAME

Renames an entity; its id stays, the old name becomes an alias.`,
  retype: `Usage: zhitu retype ID TYPE

Changes an entity's type (organisation, person, place, program).`,
  merge: `Usage: zhitu merge TARGET_ID SOURCE_ID...

Merges the sources into the target: they become aliases, their mentions and relations move.`,
  'split-alias': `Usage: zhitu split-alias ID ALIAS

Makes an alias of an entity its own entity again.`,
  delete: `Usage: zhitu delete ID...

Deletes entities and their relations; they stay deleted after re-extraction. Several entities
are one step of the log: one undo brings them all back. They are checked first: when one ID
names no entity, none is deleted.`,
  'add-node': `Usage: zhitu add-node TYPE NAME

Adds an entity by hand.`,
  'add-edge': `Usage: zhitu add-edge SOURCE_ID TARGET_ID TYPE [LABEL]

Adds a relation by hand.`,
  'delete-edge': `Usage: zhitu delete-edge EDGE_ID

Deletes a relation.`,
  'set-date': `Usage: zhitu set-date ARTICLE DATE [--workspace DIR]
       zhitu set-date ARTICLE --clear [--workspace DIR]

Sets the date of an article (YYYY-MM-DD, or YYYY-MM), which then comes from the user; with
--clear the article has no date. An edit: it survives re-extraction and undo takes it back.`,
  remove: `Usage: zhitu remove ID|SOURCE... [--workspace DIR] [--json]

Removes articles from the workspace's graph: an article id (a_...), or a source file as it was
imported (its path), which removes every article read from it. One edit: undo brings them
back. Prints {"removed": n} with --json.`,
  undo: `Usage: zhitu undo [--workspace DIR]

Takes back the last edit.`,
  redo: `Usage: zhitu redo [--workspace DIR]

Does again the last edit taken back.`,
  reextract: `Usage: zhitu reextract [--workspace DIR] [--json]

Re-runs extraction on every stored article and replays the user's edits on top.`,
  serve: `Usage: zhitu serve [--port N] [--workspace DIR]

Serves the app to a browser on 127.0.0.1 with a per-run token in the URL (printed on the
first line of stdout). Builds the renderer first if no build is present. Runs until interrupted.`,
};
