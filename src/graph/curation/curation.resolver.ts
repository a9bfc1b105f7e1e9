import type { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { readById, readLink } from '../compile/read';
import type { GraphContext } from '../compile/context';
import { Document } from '../kinds/document';
import { NodeLabel } from '../../model';
import { Municipality } from '../kinds/municipality';
import { Organisation } from '../kinds/organisation';
import { Person } from '../kinds/person';
import { Programme } from '../kinds/programme';
import { Quote } from '../kinds/quote';
import { Theme } from '../kinds/theme';
import { AddDocumentArgs, SetDocumentRestrictedArgs } from './document.inputs';
import { addDocument, setDocumentRestricted } from './document.mutations';
import { LinkArgs, UnlinkArgs } from './link.inputs';
import { link, unlink } from './link.mutations';
import { LinkResult } from './link.type';
import {
  CreateMunicipalityArgs,
  CreateOrganisationArgs,
  CreatePersonArgs,
  CreateProgrammeArgs,
  CreateThemeArgs,
  UpdateMunicipalityArgs,
  UpdateOrganisationArgs,
  UpdatePersonArgs,
  UpdateProgrammeArgs,
  UpdateThemeArgs,
} from './node.inputs';
import { createNode, updateNode } from './node.mutations';
import { AddQuoteArgs } from './quote.inputs';
import { addQuote } from './quote.mutations';

const ONE_TRANSACTION =
  'Editors only. One transaction with its audit event: any problem (BAD_USER_INPUT naming the field, ' +
  'CONFLICT) writes nothing.';
const CREATE =
  `${ONE_TRANSACTION} Every piece of evidence must quote its document verbatim; each document cited ` +
  'gets a MENTIONS edge to the new node. An id in use: CONFLICT.';
const UPDATE =
  `${ONE_TRANSACTION} Optimistic concurrency: pass the \`version\` you last read as \`expectedVersion\`; ` +
  'if the node changed since, CONFLICT (naming its current version). The result has version + 1.';

/** A mutation's answer: the node it wrote, read back by the compiled read for the selection. */
async function written(ctx: GraphContext, info: GraphQLResolveInfo, id: Promise<string>) {
  return readById(ctx, info, await id);
}

/** The curation mutations: thin, each one call into data access (`*.mutations.ts`). */
@Resolver()
export class CurationResolver {
  @Authorized('editor')
  @Mutation(() => Document, {
    description: `Adds a source document: its full text, verbatim, and metadata. ${ONE_TRANSACTION}`,
  })
  addDocument(
    @Args(() => AddDocumentArgs) { input }: AddDocumentArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return written(ctx, info, addDocument(ctx, input));
  }

  @Authorized('editor')
  @Mutation(() => Document, {
    description:
      'Marks a whole document restricted (or public again) and, in the same transaction, recomputes ' +
      'which evidence it gives is restricted: a fact whose evidence is then all restricted is hidden ' +
      `from the public. ${ONE_TRANSACTION}`,
  })
  setDocumentRestricted(
    @Args(() => SetDocumentRestrictedArgs) { id, restricted }: SetDocumentRestrictedArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return written(ctx, info, setDocumentRestricted(ctx, id, restricted));
  }

  @Authorized('editor')
  @Mutation(() => Municipality, { description: `Creates a municipality. ${CREATE}` })
  createMunicipality(
    @Args(() => CreateMunicipalityArgs) { input }: InstanceType<typeof CreateMunicipalityArgs>,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return written(ctx, info, createNode(ctx, NodeLabel.Municipality, input));
  }

  @Authorized('editor')
  @Mutation(() => Organisation, { description: `Creates an organisation. ${CREATE}` })
  createOrganisation(
    @Args(() => CreateOrganisationArgs) { input }: InstanceType<typeof CreateOrganisationArgs>,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return written(ctx, info, createNode(ctx, NodeLabel.Organisation, input));
  }

  @Authorized('editor')
  @Mutation(() => Person, { description: `Creates a person. ${CREATE}` })
  createPerson(
    @Args(() => CreatePersonArgs) { input }: InstanceType<typeof CreatePersonArgs>,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return written(ctx, info, createNode(ctx, NodeLabel.Person, input));
  }

  @Authorized('editor')
  @Mutation(() => Programme, { description: `Creates a programme. ${CREATE}` })
  createProgramme(
    @Args(() => CreateProgrammeArgs) { input }: InstanceType<typeof CreateProgrammeArgs>,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return written(ctx, info, createNode(ctx, NodeLabel.Programme, input));
  }

  @Authorized('editor')
  @Mutation(() => Theme, { description: `Creates a theme. ${CREATE}` })
  createTheme(
    @Args(() => CreateThemeArgs) { input }: InstanceType<typeof CreateThemeArgs>,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return written(ctx, info, createNode(ctx, NodeLabel.Theme, input));
  }

  @Authorized('editor')
  @Mutation(() => Municipality, { description: `Updates a municipality. ${UPDATE}` })
  updateMunicipality(
    @Args(() => UpdateMunicipalityArgs) args: InstanceType<typeof UpdateMunicipalityArgs>,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return written(
      ctx,
      info,
      updateNode(ctx, NodeLabel.Municipality, args.id, args.expectedVersion, args.input),
    );
  }

  @Authorized('editor')
  @Mutation(() => Organisation, { description: `Updates an organisation. ${UPDATE}` })
  updateOrganisation(
    @Args(() => UpdateOrganisationArgs) args: InstanceType<typeof UpdateOrganisationArgs>,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return written(
      ctx,
      info,
      updateNode(ctx, NodeLabel.Organisation, args.id, args.expectedVersion, args.input),
    );
  }

  @Authorized('editor')
  @Mutation(() => Person, { description: `Updates a person. ${UPDATE}` })
  updatePerson(
    @Args(() => UpdatePersonArgs) args: InstanceType<typeof UpdatePersonArgs>,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return written(ctx, info, updateNode(ctx, NodeLabel.Person, args.id, args.expectedVersion, args.input));
  }

  @Authorized('editor')
  @Mutation(() => Programme, { description: `Updates a programme. ${UPDATE}` })
  updateProgramme(
    @Args(() => UpdateProgrammeArgs) args: InstanceType<typeof UpdateProgrammeArgs>,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return written(
      ctx,
      info,
      updateNode(ctx, NodeLabel.Programme, args.id, args.expectedVersion, args.input),
    );
  }

  @Authorized('editor')
  @Mutation(() => Theme, { description: `Updates a theme. ${UPDATE}` })
  updateTheme(
    @Args(() => UpdateThemeArgs) args: InstanceType<typeof UpdateThemeArgs>,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return written(ctx, info, updateNode(ctx, NodeLabel.Theme, args.id, args.expectedVersion, args.input));
  }

  @Authorized('editor')
  @Mutation(() => Quote, {
    description:
      'Adds a quote: its text must occur verbatim in the document (else BAD_USER_INPUT on `input.text`). ' +
      'Creates the Quote, SAID from the speaker, QUOTED_IN to the document and CONCERNS to each theme, ' +
      `all with the quote in that document as evidence. An id in use: CONFLICT. ${ONE_TRANSACTION}`,
  })
  addQuote(
    @Args(() => AddQuoteArgs) { input }: AddQuoteArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return written(ctx, info, addQuote(ctx, input));
  }

  @Authorized('editor')
  @Mutation(() => LinkResult, {
    description:
      'Adds a relationship of an allowed type between two existing nodes of kinds the type allows, with ' +
      'evidence (RECEIVED needs `year`, HOLDS_ROLE `title`). Its key exists already: CONFLICT. ' +
      ONE_TRANSACTION,
  })
  async link(
    @Args(() => LinkArgs) { input }: LinkArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readLink(ctx, info, await link(ctx, input), input.type);
  }

  @Authorized('editor')
  @Mutation(() => Boolean, {
    description: `Removes the relationship with this key; true when done, NOT_FOUND if there is none. ${ONE_TRANSACTION}`,
  })
  unlink(@Args(() => UnlinkArgs) { key }: UnlinkArgs, @Ctx() ctx: GraphContext) {
    return unlink(ctx, key);
  }
}
