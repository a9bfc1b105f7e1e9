import { awardFields } from './award/award.fields';
import { EvidenceResolver } from './common/evidence.resolver';
import { NodeResolver } from './common/node.resolver';
import { criterionFields } from './criterion/criterion.fields';
import { documentFields } from './document/document.fields';
import { DocumentTextResolver } from './document/document.resolver';
import { municipalityFields } from './municipality/municipality.fields';
import { MunicipalityResolver } from './municipality/municipality.resolver';
import { organisationFields } from './organisation/organisation.fields';
import { personFields } from './person/person.fields';
import { programmeFields } from './programme/programme.fields';
import { quoteFields } from './quote/quote.fields';
import { regionFields } from './region/region.fields';
import { themeFields } from './theme/theme.fields';

/** The resolvers of the entity kinds: lists, lookups and typed relationship fields. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const graphResolvers: Function[] = [
  NodeResolver,
  EvidenceResolver,
  DocumentTextResolver,
  MunicipalityResolver,
  ...municipalityFields,
  ...regionFields,
  ...organisationFields,
  ...personFields,
  ...programmeFields,
  ...awardFields,
  ...criterionFields,
  ...themeFields,
  ...quoteFields,
  ...documentFields,
];
