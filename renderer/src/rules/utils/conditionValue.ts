import type { JsonValue } from '../../../../core/model/json';
import type { CriterionType } from '../../../../core/rules/criteriaCatalogue';

/** Which input the Rule Builder shows for a condition's value. */
export type ValueKind = 'none' | 'text' | 'number' | 'range' | 'list' | 'yes_no' | 'option' | 'options';

/** The value input for a criterion's type and operator (seed 002: operators by data type). */
export function valueKindFor(type: CriterionType, operator: string, hasOptions: boolean): ValueKind {
  if (operator === 'is_empty' || operator === 'is_not_empty') return 'none';
  if (type === 'yes_no') return 'yes_no';
  if (operator === 'within_range') return 'range';
  if (operator === 'greater_than' || operator === 'less_than') return 'number';
  if (operator === 'in_list' || operator === 'not_in_list') return hasOptions ? 'options' : 'list';
  if (type === 'number') return 'number';
  if (hasOptions && (operator === 'equals' || operator === 'not_equals')) return 'option';
  return 'text';
}

/** A starting value of the right shape, keeping what fits from the previous one. */
export function valueFor(kind: ValueKind, previous: JsonValue): JsonValue {
  switch (kind) {
    case 'none':
      return null;
    case 'yes_no':
      return typeof previous === 'boolean' ? previous : true;
    case 'number':
      return typeof previous === 'number' ? previous : 0;
    case 'range':
      return Array.isArray(previous) && previous.length === 2 && previous.every((v) => typeof v === 'number') ? previous : [0, 0];
    case 'list':
    case 'options':
      if (Array.isArray(previous)) return previous.filter((v) => typeof v === 'string');
      return typeof previous === 'string' && previous.trim() !== '' ? [previous] : [];
    case 'text':
    case 'option':
      return typeof previous === 'string' ? previous : '';
  }
}

/** "Events, Trade show ,, Web" → ["Events", "Trade show", "Web"]. */
export function parseList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A number typed by the seller: null while the field is empty or not a number. */
export function parseNumber(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}
