/** The tab GraphiQL opens with: example queries over the seed article's facts. */
import { encodeGlobalID } from '@pothos/plugin-relay';

const official = encodeGlobalID('Official', 'steven-mnuchin');
const entity = encodeGlobalID('Entity', 'north-korea');

/** Read-only example operations; the GraphQL function's code cache is made by answering them (functions/graphqlWarmup.ts). */
export const exampleQueries: readonly string[] = [
  {
    query: `# Find entities and officials by name, alias or demonym:
query Search {
  search(text: "korea", first: 5) {
    __typename
    ... on Entity { id name kind aliases }
    ... on Official { id name title }
  }
}`,
  },
  {
    query: `# An official, their roles and what they said (newest first)
query OfficialPage {
  official(id: "${official}") {
    name title aliases
    roles { title organization { name } country { name } }
    statements(first: 5) {
      edges { node { kind text statedAt status source { publisher publishedAt } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`,
  },
  {
    query: `# An entity and the statements about it
query EntityPage {
  entity(id: "${entity}") {
    name kind aliases
    statements(first: 5) {
      edges { node { kind text speakerName speaker { __typename ... on Official { name title } } } }
    }
  }
}`,
  },
  {
    query: `# Articles, newest first, with their statements
query Sources {
  sources(first: 5) {
    edges { node { id title publisher publishedAt statements(first: 3) { edges { node { kind text speakerName } } } } }
  }
}`,
  },
].map((example) => example.query);

export const graphiqlExamples = `# Welcome to the fact service. Pick an operation with ▶ (or put the cursor in it and press Ctrl-Enter).
# Mutations need the header {"Authorization": "Bearer <editor key>"} (see Headers below).

${exampleQueries.join('\n\n')}
`;
