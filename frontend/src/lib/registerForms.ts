// The secretary's commands as forms: which fields each takes and how they are checked before
// sending, the way the API checks them, so a mistake is named at the field it is in.

export type FieldKind = 'text' | 'textarea' | 'party' | 'case' | 'date' | 'number' | 'select' | 'checkbox';

export interface FieldSpec {
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  description?: string;
  options?: { value: string; label: string }[];
  /** The value a new form starts with. */
  initial?: string;
  /** The party the command acts for: a party's representative may fill in only their own. */
  acting?: boolean;
}

export interface ActionSpec {
  id: string;
  label: string;
  fields: FieldSpec[];
}

const caseField: FieldSpec = {
  name: 'caseId',
  label: 'Ärende',
  kind: 'case',
  required: true,
  description: 'Ärendenummer, t.ex. FG-HÄ 2025:5',
};

const RESOLUTIONS = [
  { value: 'ANSWERED', label: 'Besvarat' },
  { value: 'AGREED', label: 'Enighet' },
  { value: 'DISAGREEMENT', label: 'Oenighet' },
  { value: 'INFORMED', label: 'Informerat (MBL §19)' },
  { value: 'WITHDRAWN', label: 'Återtaget' },
  { value: 'SUPERSEDED', label: 'Ersatt av annat ärende' },
];

const STATEMENT_KINDS = [
  { value: 'STATEMENT', label: 'Yttrande' },
  { value: 'MINUTES_NOTE', label: 'Protokollsanteckning' },
  { value: 'DISSENTING_STATEMENT', label: 'Särskilt yttrande' },
];

const MBL = [
  { value: '', label: 'Inte angivet' },
  { value: 'NEGOTIATION_11', label: 'MBL §11 förhandling' },
  { value: 'INFORMATION_19', label: 'MBL §19 information' },
];

const dueFields: FieldSpec[] = [
  { name: 'dueLabel', label: 'När (som det sades)', kind: 'text', description: 'T.ex. "till nästa möte", "under våren", "v. 12"' },
  { name: 'dueDate', label: 'Exakt datum', kind: 'date', description: 'Vinner över det som sades' },
];

export const ACTIONS: ActionSpec[] = [
  {
    id: 'fraga',
    label: 'Väck en fråga',
    fields: [
      { name: 'raisedBy', label: 'Frågan ställs av', kind: 'party', required: true, acting: true },
      { name: 'addressedTo', label: 'Frågan ställs till', kind: 'party', required: true, initial: 'Arbetsgivaren' },
      { name: 'title', label: 'Rubrik', kind: 'text', required: true },
      { name: 'text', label: 'Frågan', kind: 'textarea' },
      { name: 'askedBy', label: 'Person som frågar', kind: 'text' },
      { name: 'section', label: 'Paragraf', kind: 'text', description: 'T.ex. § 5' },
      { name: 'preRegistered', label: 'Föranmäld', kind: 'checkbox' },
    ],
  },
  {
    id: 'svar',
    label: 'Besvara en fråga',
    fields: [
      caseField,
      { name: 'by', label: 'Svaret ges av', kind: 'party', required: true, initial: 'Arbetsgivaren', acting: true },
      { name: 'text', label: 'Svaret', kind: 'textarea', required: true },
      { name: 'person', label: 'Person som svarar', kind: 'text' },
      { name: 'commitmentWhat', label: 'Löfte i svaret (om något)', kind: 'text', description: 'T.ex. "återkommer med siffror"' },
      ...dueFields,
    ],
  },
  {
    id: 'foljdfraga',
    label: 'Ställ en följdfråga',
    fields: [caseField, { name: 'by', label: 'Följdfrågan ställs av', kind: 'party', required: true, acting: true }, { name: 'text', label: 'Följdfrågan', kind: 'textarea', required: true }],
  },
  {
    id: 'atagande',
    label: 'Gör ett åtagande',
    fields: [
      caseField,
      { name: 'by', label: 'Den som lovar', kind: 'party', required: true, initial: 'Arbetsgivaren', acting: true },
      { name: 'what', label: 'Vad som lovas', kind: 'textarea', required: true },
      { name: 'to', label: 'Till', kind: 'party' },
      { name: 'person', label: 'Person som lovar', kind: 'text' },
      ...dueFields,
    ],
  },
  {
    id: 'uppfyllt',
    label: 'Uppfyll ett åtagande',
    fields: [caseField, { name: 'commitment', label: 'Åtagandets nummer', kind: 'number', required: true, initial: '1' }, { name: 'note', label: 'Hur det uppfylldes', kind: 'textarea' }],
  },
  {
    id: 'fornya',
    label: 'Förnya ett åtagande',
    fields: [caseField, { name: 'commitment', label: 'Åtagandets nummer', kind: 'number', required: true, initial: '1' }, ...dueFields, { name: 'note', label: 'Varför', kind: 'textarea' }],
  },
  {
    id: 'balanslista-in',
    label: 'Lägg på balanslistan',
    fields: [caseField, { name: 'note', label: 'Varför', kind: 'textarea' }],
  },
  {
    id: 'balanslista-ut',
    label: 'Ta bort från balanslistan',
    fields: [caseField, { name: 'note', label: 'Varför', kind: 'textarea' }],
  },
  {
    id: 'avsluta',
    label: 'Avsluta ett ärende',
    fields: [caseField, { name: 'resolution', label: 'Hur det slutade', kind: 'select', required: true, options: RESOLUTIONS, initial: 'ANSWERED' }, { name: 'note', label: 'Anteckning', kind: 'textarea' }],
  },
  {
    id: 'yttrande',
    label: 'Ett yttrande',
    fields: [
      caseField,
      { name: 'kind', label: 'Slag', kind: 'select', required: true, options: STATEMENT_KINDS, initial: 'STATEMENT' },
      { name: 'party', label: 'Part', kind: 'party', required: true, acting: true },
      { name: 'text', label: 'Yttrandet', kind: 'textarea', required: true },
    ],
  },
  {
    id: 'namndarende',
    label: 'Ett nämndärende',
    fields: [
      { name: 'title', label: 'Rubrik', kind: 'text', required: true },
      { name: 'registryNumber', label: 'Diarienummer', kind: 'text', description: 'T.ex. SOF 2025/123' },
      { name: 'mbl', label: 'MBL', kind: 'select', options: MBL, initial: '' },
      { name: 'text', label: 'Text', kind: 'textarea' },
      { name: 'section', label: 'Paragraf', kind: 'text' },
    ],
  },
];

export function actionById(id: string | null): ActionSpec {
  return ACTIONS.find((action) => action.id === id) ?? ACTIONS[0]!;
}

export type Values = Record<string, string>;

/**
 * A new form's values: what the last form kept, else the field's start value. `ownParty`, for a
 * party's representative, fills the fields of the party the command acts for: it is the only
 * party they may write for.
 */
export function initialValues(action: ActionSpec, kept: Values = {}, ownParty: string | null = null): Values {
  const values: Values = {};
  for (const field of action.fields) {
    let start = field.initial;
    if (ownParty && field.acting) start = ownParty;
    // A party does not ask or promise itself: the other side is asked instead.
    else if (ownParty && field.kind === 'party' && start === ownParty) start = otherSide(ownParty);
    values[field.name] = kept[field.name] ?? start ?? '';
  }
  return values;
}

/** The other side of the table from `party`: the unions for the employer, else the employer. */
function otherSide(party: string): string {
  return party === 'Arbetsgivaren' ? 'Fackliga organisationerna' : 'Arbetsgivaren';
}

const CASE_NUMBER = /^\S.*\s\d{4}:\d+$/u;
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/i;

/** The problems with `values`, by field name, in Swedish; empty when the form may be sent. */
export function validate(action: ActionSpec, values: Values): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const field of action.fields) {
    const value = (values[field.name] ?? '').trim();
    if (field.required && !value && field.kind !== 'checkbox') {
      problems[field.name] = `${field.label} måste fyllas i.`;
      continue;
    }
    if (!value) continue;
    if (field.kind === 'case' && !CASE_NUMBER.test(value) && !ULID.test(value)) {
      problems[field.name] = `"${value}" är inget ärendenummer. Skriv det som "FG-HÄ 2025:5".`;
    }
    if (field.kind === 'date' && !isDate(value)) {
      problems[field.name] = `"${value}" är inget datum. Skriv det som 2025-03-01.`;
    }
    if (field.kind === 'number' && !/^[1-9]\d*$/.test(value)) {
      problems[field.name] = `${field.label} ska vara ett heltal från 1.`;
    }
  }
  return problems;
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A text field's value, or undefined when left empty (the API then keeps its default). */
export function optional(values: Values, name: string): string | undefined {
  const value = values[name]?.trim();
  return value ? value : undefined;
}
