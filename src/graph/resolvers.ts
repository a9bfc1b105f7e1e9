import { awardFields } from './award/award.fields';
import { AwardResolver } from './award/award.resolver';
import { EdgeEvidenceResolver, EvidenceResolver } from './common/evidence.resolver';
import {
  CriterionTextResolver,
  ProgrammeDescriptionResolver,
  QuoteTextResolver,
} from './common/long-text.resolver';
import { NodeResolver } from './common/node.resolver';
import { criterionFields } from './criterion/criterion.fields';
import { CriterionResolver } from './criterion/criterion.resolver';
import { documentFields } from './document/document.fields';
import { DocumentResolver, DocumentTextResolver } from './document/document.resolver';
import { municipalityFields } from './municipality/municipality.fields';
import { MunicipalityResolver } from './municipality/municipality.resolver';
import { organisationFields } from './organisation/organisation.fields';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { personFields } from './person/person.fields';
import { PersonResolver } from './person/person.resolver';
import { programmeFields } from './programme/programme.fields';
import { ProgrammeResolver } from './programme/programme.resolver';
import { quoteFields } from './quote/quote.fields';
import { QuoteResolver } from './quote/quote.resolver';
import { regionFields } from './region/region.fields';
import { RegionResolver } from './region/region.resolver';
import { themeFields } from './theme/theme.fields';
import { ThemeResolver } from './theme/theme.resolver';

/** The resolvers of the entity kinds: lists, lookups and typed relationship fields. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const graphResolvers: Function[] = [
  NodeResolver,
  EvidenceResolver,
  EdgeEvidenceResolver,
  QuoteTextResolver,
  CriterionTextResolver,
  ProgrammeDescriptionResolver,
  DocumentTextResolver,
  MunicipalityResolver,
  RegionResolver,
  OrganisationResolver,
  PersonResolver,
  ProgrammeResolver,
  AwardResolver,
  CriterionResolver,
  ThemeResolver,
  QuoteResolver,
  DocumentResolver,
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
