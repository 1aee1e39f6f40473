/** The compositions Studio shows with the save control over them (a render draws them unchanged). */
import { Cover } from '../clip/Cover';
import { Recap } from '../clip/Recap';
import { TakeawayClip } from '../clip/TakeawayClip';
import { withSaveToIssueFile } from './SaveToIssueFile';

export const EditableTakeawayClip = withSaveToIssueFile(TakeawayClip);
export const EditableRecap = withSaveToIssueFile(Recap);
export const EditableCover = withSaveToIssueFile(Cover);
