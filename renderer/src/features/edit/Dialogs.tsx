import { useStore } from '../../state/store';
import { ExportDialog } from '../export/ExportDialog';
import { HelpDialog } from '../keyboard/HelpDialog';
import { PathDialog } from '../paths/PathDialog';
import { DeleteManyDialog } from '../table/DeleteManyDialog';
import { AddEdgeDialog, AddNodeDialog } from './AddDialogs';
import { AnnotateDialog } from './AnnotateDialog';
import { MergeDialog } from './MergeDialog';
import { DeleteDialog, DeleteEdgeDialog, RenameDialog, RetypeDialog, SplitAliasDialog } from './SimpleEditDialogs';

/** Shows the open dialog, if any. */
export function Dialogs() {
  const dialog = useStore((s) => s.dialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'export':
      return <ExportDialog />;
    case 'annotate':
      return <AnnotateDialog key={dialog.id} id={dialog.id} />;
    case 'rename':
      return <RenameDialog key={dialog.id} id={dialog.id} />;
    case 'retype':
      return <RetypeDialog key={dialog.id} id={dialog.id} />;
    case 'merge':
      return <MergeDialog key={dialog.id} id={dialog.id} />;
    case 'splitAlias':
      return <SplitAliasDialog key={dialog.id} id={dialog.id} />;
    case 'delete':
      return <DeleteDialog key={dialog.id} id={dialog.id} name={dialog.name} />;
    case 'deleteEdge':
      return <DeleteEdgeDialog key={dialog.id} id={dialog.id} />;
    case 'addNode':
      return <AddNodeDialog />;
    case 'addEdge':
      return <AddEdgeDialog source={dialog.source} />;
    case 'help':
      return <HelpDialog />;
    case 'deleteMany':
      return <DeleteManyDialog ids={dialog.ids} names={dialog.names} />;
    case 'path':
      return <PathDialog source={dialog.source} target={dialog.target} />;
  }
}
