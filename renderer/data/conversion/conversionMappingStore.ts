import { map, type Observable } from 'rxjs';
import { conversionMapping, readConversionMapping, type ConversionMapping } from '../../../core/conversion/conversionMapping';
import { deleteConfig, getConfig, observeConfigKind, setConfig } from '../configStore';
import type { DataContext } from '../context';
import { parseOrThrow } from '../validate';

/** The mapping lives in config 'conversion-mapping', key 'default'; the default until the seller saves one. */
const kind = 'conversion-mapping';
const key = 'default';

export async function readMapping(ctx: DataContext): Promise<{ mapping: ConversionMapping; problem: string | null }> {
  return readConversionMapping(await getConfig<unknown>(ctx, kind, key));
}

export function observeMapping(ctx: DataContext): Observable<{ mapping: ConversionMapping; problem: string | null }> {
  return observeConfigKind<unknown>(ctx, kind).pipe(map((entries) => readConversionMapping(entries.find((entry) => entry.key === key)?.data ?? null)));
}

export async function saveMapping(ctx: DataContext, mapping: ConversionMapping): Promise<void> {
  await setConfig(ctx, kind, key, parseOrThrow(conversionMapping, mapping, 'conversion mapping'));
}

export async function resetMapping(ctx: DataContext): Promise<void> {
  await deleteConfig(ctx, kind, key);
}
