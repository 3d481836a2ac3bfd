// The Swedish labels of the API's enum values, as the server gives them (`labels`).

import { useQuery } from 'urql';
import { graphql } from '../gql';

const LabelsQuery = graphql(`
  query Labels {
    labels {
      type
      value
      labelSv
    }
  }
`);

export type LabelOf = (type: string, value: string | null | undefined) => string;

export function useLabels(): LabelOf {
  const [{ data }] = useQuery({ query: LabelsQuery, requestPolicy: 'cache-first' });
  const labels = new Map((data?.labels ?? []).map((label) => [`${label.type}.${label.value}`, label.labelSv]));
  return (type, value) => (value ? (labels.get(`${type}.${value}`) ?? value.toLowerCase()) : '');
}

/** A label with its first letter in upper case, for the start of a cell or sentence. */
export function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}
