import type { KindSpec } from '../kind';
import { NodeLabel } from '../labels';
import { award, criterion, theme } from './award';
import { document } from './document';
import { organisation } from './organisation';
import { person } from './person';
import { municipality, region } from './places';
import { programme } from './programme';
import { quote } from './quote';

export { DOCUMENT_KINDS } from './document';

/** Every node kind, by label: the one description each kind has. */
export const KINDS: Record<NodeLabel, KindSpec> = {
  [NodeLabel.Municipality]: municipality,
  [NodeLabel.Region]: region,
  [NodeLabel.Organisation]: organisation,
  [NodeLabel.Person]: person,
  [NodeLabel.Programme]: programme,
  [NodeLabel.Award]: award,
  [NodeLabel.Criterion]: criterion,
  [NodeLabel.Theme]: theme,
  [NodeLabel.Document]: document,
  [NodeLabel.Quote]: quote,
};
